package dev.skiff.cdk;

import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Eager checks of construct props. Messages name the prop, what is allowed and what was received,
 * lower case and without a final period, as aws-cdk-lib's own checks read.
 */
final class PropChecks {

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");

    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private PropChecks() {
    }

    /** Checks every prop of a freshly built {@link SkiffApiProps} and their combinations. */
    static void check(SkiffApiProps props) {
        if (props.apiName() != null) {
            apiName(props.apiName(), "");
        }
        inRange("memorySize", props.memorySize(), 128, 10240);
        inRange("timeout", props.timeout().toSeconds().intValue(), 1, 900);
        inRange("webAdapterLayerVersion", props.webAdapterLayerVersion(), 1, 10_000);
        inRange("port", props.port(), 1024, 65535);
        if (props.port() == 9001) {
            throw new IllegalArgumentException(
                    "port must not be 9001, the Lambda runtime API listens there, got 9001");
        }
        aliasName(props.aliasName());
        if (!LOG_LEVELS.contains(props.logLevel())) {
            throw new IllegalArgumentException("logLevel must be one of TRACE, DEBUG, INFO, WARN,"
                    + " ERROR, got " + quote(props.logLevel()));
        }
        checkCode(props);
        checkStart(props);
        checkCombinations(props);
        checkEnvironment(props);
        checkOrigins(props);
    }

    private static void checkCode(SkiffApiProps props) {
        if ((props.jarPath() == null) == (props.code() == null)) {
            throw new IllegalArgumentException("set exactly one of jarPath and code, got "
                    + (props.jarPath() == null ? "neither" : "both"));
        }
        if (props.jarPath() != null && !props.runtime().isJvm()) {
            throw new IllegalArgumentException("jarPath needs a JVM runtime, got runtime "
                    + props.runtime().id() + "; pass code holding a native bootstrap instead");
        }
        if (props.jarPath() != null && !Files.isRegularFile(props.jarPath())) {
            throw new IllegalArgumentException("jarPath must be an existing jar file, got "
                    + props.jarPath().toAbsolutePath().normalize()
                    + "; build the application first (mvn package)");
        }
    }

    private static void checkStart(SkiffApiProps props) {
        if (props.runtime().isJvm() && props.apiType() == ApiType.API_GATEWAY) {
            notBlank("handler", props.handler());
        }
        if (props.apiType() == ApiType.FUNCTION_URL && props.jarPath() != null) {
            notBlank("mainClass", props.mainClass());
            if (!WebAdapter.LAUNCH_SCRIPT.equals(props.handler())) {
                throw new IllegalArgumentException("handler must be left unset for a FUNCTION_URL"
                        + " api built from jarPath (it is the generated " + WebAdapter.LAUNCH_SCRIPT
                        + "), got " + quote(props.handler()));
            }
        }
    }

    private static void checkCombinations(SkiffApiProps props) {
        if (props.snapStart() && !props.runtime().isJvm()) {
            throw new IllegalArgumentException("snapStart is only available on Java runtimes,"
                    + " got runtime " + props.runtime().id());
        }
        if (props.apiType() == ApiType.FUNCTION_URL && props.auth().kind() != ApiAuth.Kind.IAM) {
            throw new IllegalArgumentException("auth must be IAM for a FUNCTION_URL api, got "
                    + props.auth());
        }
    }

    private static void checkEnvironment(SkiffApiProps props) {
        for (Map.Entry<String, String> e : props.environmentMap().entrySet()) {
            if (props.apiType() == ApiType.FUNCTION_URL
                    && SkiffApiProps.MANAGED_VARIABLES.contains(e.getKey())) {
                throw new IllegalArgumentException("environment must not set " + e.getKey()
                        + " for a FUNCTION_URL api, SkiffApi sets it (use the port prop for the"
                        + " server port)");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("environment value of " + e.getKey()
                        + " must not be null");
            }
        }
    }

    private static void checkOrigins(SkiffApiProps props) {
        if (props.allowedOrigins().isEmpty()) {
            throw new IllegalArgumentException(
                    "allowedOrigins must name at least one origin or \"*\", got []");
        }
        for (String origin : props.allowedOrigins()) {
            if (!"*".equals(origin) && !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("allowedOrigins must hold \"*\" or origins like"
                        + " https://app.example.com (scheme and host, no path), got " + quote(origin));
            }
        }
    }

    static int inRange(String prop, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    prop + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static String apiName(String value, String origin) {
        if (value == null || !API_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("apiName must start with a letter and contain only"
                    + " letters and digits (at most 64), got " + quote(value) + origin);
        }
        return value;
    }

    static String aliasName(String value) {
        if (value == null || !ALIAS_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("aliasName must be 1 to 128 letters, digits, '-' or"
                    + " '_' and not only digits, got " + quote(value));
        }
        return value;
    }

    static String notBlank(String prop, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(prop + " must not be blank, got " + quote(value));
        }
        return value;
    }

    static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
