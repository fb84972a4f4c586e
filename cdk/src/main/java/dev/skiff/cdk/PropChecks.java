package dev.skiff.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.skiff.operations.ApiOperation;

/**
 * Eager checks of construct props. Messages name the prop, what is allowed and what was received,
 * lower case and without a final period, as aws-cdk-lib's own checks read.
 */
final class PropChecks {

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final String JAVA_NAME = "[\\p{L}_$][\\p{L}\\p{N}_$]*";
    /** A Java class name, optionally followed by {@code ::method}, as Lambda's Java handlers read. */
    private static final Pattern HANDLER =
            Pattern.compile(JAVA_NAME + "(\\." + JAVA_NAME + ")*(::" + JAVA_NAME + ")?");
    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");

    private static final Pattern STAGE_NAME = Pattern.compile("[A-Za-z0-9_]{1,128}");

    /**
     * Construct ids SkiffApi gives its own children (and those CDK treats specially), which an
     * isolated function's construct, named after its operation, must not take.
     */
    private static final Set<String> RESERVED_IDS = Set.of("Api", "AccessLogs", "WebAcl", "WebAclAssociation",
            "CognitoAuthorizer", "TokenAuthorizer", "Authorizer", "Function", "Alias", "LogGroup", "FunctionUrl",
            "WebAdapterLayer", "Default", "Resource");

    /** Variables the construct sets on functions itself. */
    private static final Set<String> OWNED_VARIABLES = Set.of(
            ApiOperation.ISOLATION_VARIABLE, Cors.ALLOWED_ORIGINS_VARIABLE,
            PackageDirectory.RESPONSE_MODE_VARIABLE);

    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private PropChecks() {
    }

    /** Checks every prop of a freshly built {@link SkiffApiProps} and their combinations. */
    static void check(SkiffApiProps<?> props) {
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
        checkStage(props);
        if (!LOG_LEVELS.contains(props.logLevel())) {
            throw new IllegalArgumentException("logLevel must be one of TRACE, DEBUG, INFO, WARN,"
                    + " ERROR, got " + quote(props.logLevel()));
        }
        checkCode(props);
        checkStart(props);
        checkCombinations(props);
        checkOperations(props);
        checkEnvironment(props);
        checkOrigins(props);
    }

    private static void checkCode(SkiffApiProps<?> props) {
        List<String> given = new ArrayList<>();
        if (props.jarPath() != null) {
            given.add("jarPath");
        }
        if (props.packageDirectory() != null) {
            given.add("packageDirectory");
        }
        if (props.code() != null) {
            given.add("code");
        }
        if (given.size() != 1) {
            throw new IllegalArgumentException("set exactly one of jarPath, packageDirectory and code, got "
                    + (given.isEmpty() ? "none" : inWords(given)));
        }
        if (props.jarPath() != null) {
            checkJar(props, props.jarPath().toAbsolutePath().normalize());
        }
        if (props.packageDirectory() != null) {
            checkPackageDirectory(props, props.packageDirectory().toAbsolutePath().normalize());
        }
    }

    private static void checkJar(SkiffApiProps<?> props, Path jar) {
        if (!props.runtime().isJvm()) {
            throw new IllegalArgumentException("jarPath needs a JVM runtime, got runtime "
                    + props.runtime().id() + "; pass packageDirectory or code holding a native bootstrap instead");
        }
        // A jar holds neither the exec wrapper nor a bootstrap, so it cannot start Skiff's runtime.
        if (props.usesSkiffStreaming() && props.apiType() == ApiType.FUNCTION_URL) {
            throw new IllegalArgumentException("jarPath is not allowed with streamingRuntime SKIFF (the"
                    + " default for a FUNCTION_URL api), got " + jar + "; pass packageDirectory, or set"
                    + " streamingRuntime WEB_ADAPTER and mainClass to run the local server behind the"
                    + " Lambda Web Adapter");
        }
        if (props.usesSkiffStreaming()) {
            throw new IllegalArgumentException("jarPath cannot start Skiff's runtime, which the streaming"
                    + " operations of a REST_API need (" + String.join(", ", props.streamingOperationIds())
                    + "), got " + jar + "; pass packageDirectory (the application's Lambda package)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("jarPath must be an existing jar file, got " + jar
                    + "; build the application first (mvn package)");
        }
    }

    private static void checkPackageDirectory(SkiffApiProps<?> props, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("packageDirectory must be an existing directory, got " + dir
                    + "; build the application's Lambda package first (mvn package)");
        }
        // A managed runtime calling the RequestStreamHandler (HTTP API) or the Web Adapter's run.sh
        // uses lib/ only.
        if (props.usesSkiffStreaming() || !props.runtime().isJvm()) {
            String missing = PackageDirectory.missingEntry(dir, props.runtime());
            if (missing != null) {
                throw new IllegalArgumentException("packageDirectory must hold " + missing
                        + " to start Skiff's runtime on " + props.runtime().id() + ", got " + dir
                        + " without it; build the application's Lambda package (mvn package)");
            }
        }
    }

    private static void checkStart(SkiffApiProps<?> props) {
        if (props.usesWebAdapter()) {
            checkWebAdapterStart(props);
            return;
        }
        if (props.usesSkiffStreaming() && props.mainClass() != null) {
            throw new IllegalArgumentException("mainClass is only used with streamingRuntime WEB_ADAPTER,"
                    + " got " + quote(props.mainClass()) + "; Skiff's runtime starts the main of the"
                    + " handler's class");
        }
        if (!props.runtime().isJvm()) {
            return;
        }
        notBlank("handler", props.handler());
        // The exec wrapper starts the main of the class the handler names, so it must name one;
        // the Web Adapter's run.sh reads as a class name (sh in package run), so it is named here.
        if (props.usesSkiffStreaming() && (!HANDLER.matcher(props.handler()).matches()
                || WebAdapter.LAUNCH_SCRIPT.equals(props.handler()))) {
            throw new IllegalArgumentException("handler must name the handler class, such as"
                    + " com.example.ApiLambdaHandler::handleRequest, for streamingRuntime SKIFF, got "
                    + quote(props.handler()));
        }
    }

    private static void checkWebAdapterStart(SkiffApiProps<?> props) {
        if (props.runtime().isJvm() && props.code() == null) {
            notBlank("mainClass", props.mainClass());
            if (!WebAdapter.LAUNCH_SCRIPT.equals(props.handler())) {
                throw new IllegalArgumentException("handler must be left unset for streamingRuntime"
                        + " WEB_ADAPTER with jarPath or packageDirectory (it is the generated "
                        + WebAdapter.LAUNCH_SCRIPT + "), got " + quote(props.handler()));
            }
        }
    }

    private static void checkCombinations(SkiffApiProps<?> props) {
        if (props.snapStart() && !props.runtime().isJvm()) {
            throw new IllegalArgumentException("snapStart is only available on Java runtimes,"
                    + " got runtime " + props.runtime().id());
        }
        if (props.apiType() == ApiType.FUNCTION_URL && props.auth().kind() != ApiAuth.Kind.IAM) {
            throw new IllegalArgumentException("auth must be IAM for a FUNCTION_URL api, got "
                    + props.auth());
        }
        if (props.apiType() == ApiType.FUNCTION_URL) {
            checkUnauthenticatedOnFunctionUrl(props.operations());
        }
        if (props.apiType() != ApiType.FUNCTION_URL && props.streamingRuntime() == StreamingRuntime.WEB_ADAPTER) {
            throw new IllegalArgumentException("streamingRuntime WEB_ADAPTER needs apiType FUNCTION_URL,"
                    + " got " + props.apiType());
        }
        if (props.apiType() == ApiType.HTTP_API && props.streamingRuntimeSetting() != null) {
            throw new IllegalArgumentException("streamingRuntime needs apiType REST_API or FUNCTION_URL, got"
                    + " HTTP_API, which cannot stream; leave streamingRuntime unset (streaming operations then"
                    + " answer whole) or choose a front door that streams");
        }
        if (props.apiType() == ApiType.FUNCTION_URL && props.integrationPattern() == IntegrationPattern.ISOLATED) {
            throw new IllegalArgumentException("integrationPattern ISOLATED needs apiType REST_API or HTTP_API,"
                    + " got FUNCTION_URL, which is one URL on one function; use SHARED or leave it unset");
        }
        if (props.apiType() != ApiType.REST_API && Boolean.TRUE.equals(props.wafSetting())) {
            throw new IllegalArgumentException("waf needs apiType REST_API, got " + props.apiType()
                    + "; WAFv2 cannot guard an HTTP API or a Function URL");
        }
    }

    /**
     * A Function URL has one auth type for the whole URL: keeping IAM would deploy an
     * {@code @Unauthenticated} operation behind a signature its OpenAPI document says it does not
     * need, and NONE would open every operation to the internet.
     */
    private static void checkUnauthenticatedOnFunctionUrl(List<? extends ApiOperation> operations) {
        List<String> open = operations.stream().filter(o -> !o.authenticated())
                .map(o -> o.operationId() + " (" + o.method() + " " + o.path() + ")").toList();
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("@Unauthenticated operations need apiType REST_API or HTTP_API, got"
                    + " FUNCTION_URL, whose IAM auth covers the whole URL, with " + inWords(open)
                    + "; deploy the API as a REST_API or HTTP_API, or remove @Unauthenticated so that callers"
                    + " sign these requests too");
        }
    }

    /**
     * Under IAM the REST API's resource policy lets anyone call each {@code @Unauthenticated}
     * operation, path variables as {@code *}, which in an execute-api ARN matches slashes too: it
     * would also let every signed AWS principal call a deeper operation that needs authentication.
     */
    private static void checkPublicPolicyReach(List<? extends ApiOperation> operations) {
        for (ApiOperation open : operations) {
            if (open.authenticated()) {
                continue;
            }
            Pattern reach = Pattern.compile(open.method() + " "
                    + Pattern.quote(FrontDoor.executeApiPath(open)).replace("*", "\\E.+\\Q"));
            List<String> reached = operations.stream()
                    .filter(ApiOperation::authenticated)
                    .filter(other -> reach.matcher(other.method() + " " + FrontDoor.executeApiPath(other)).matches())
                    .map(other -> other.operationId() + " (" + other.method() + " " + other.path() + ")")
                    .toList();
            if (!reached.isEmpty()) {
                throw new IllegalArgumentException("@Unauthenticated operation " + open.operationId() + " ("
                        + open.method() + " " + open.path() + ") must not reach an authenticated operation through"
                        + " the REST_API's IAM resource policy, got " + inWords(reached) + " below it (a path"
                        + " variable is * there, which matches slashes too, so every AWS principal could call them);"
                        + " mark them @Unauthenticated too, move them to another path, or use apiType HTTP_API");
            }
        }
    }

    private static void checkEnvironment(SkiffApiProps<?> props) {
        for (Map.Entry<String, String> e : props.environment().entrySet()) {
            if (props.usesWebAdapter() && WebAdapter.VARIABLES.contains(e.getKey())) {
                throw new IllegalArgumentException("environment must not set " + e.getKey()
                        + " for a FUNCTION_URL api, SkiffApi sets it (use the port prop for the"
                        + " server port)");
            }
            if (props.usesSkiffStreaming() && PackageDirectory.WRAPPER_VARIABLE.equals(e.getKey())) {
                throw new IllegalArgumentException("environment must not set " + e.getKey()
                        + " for a " + props.apiType() + " api, SkiffApi sets it to "
                        + PackageDirectory.EXEC_WRAPPER_PATH + " on Java runtimes to start Skiff's runtime");
            }
            if (OWNED_VARIABLES.contains(e.getKey())) {
                throw new IllegalArgumentException("environment must not set " + e.getKey()
                        + ", SkiffApi sets it (the operation an isolated function serves; restrictCorsTo; whether a"
                        + " native function may stream)");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("environment value of " + e.getKey()
                        + " must not be null");
            }
        }
    }

    private static void checkOrigins(SkiffApiProps<?> props) {
        checkOrigins("allowedOrigins", props.allowedOrigins());
    }

    /**
     * Isolated functions are constructs named after their operations, next to SkiffApi's own
     * children; checked when the API's name is known.
     */
    static void constructIds(SkiffApiProps<?> props, String apiName) {
        if (props.integrationPattern() != IntegrationPattern.ISOLATED) {
            return;
        }
        for (Enum<?> operation : props.operations()) {
            String id = Names.of(operation);
            if (RESERVED_IDS.contains(id) || id.equals(apiName + "Url")) {
                throw new IllegalArgumentException("operationId "
                        + quote(((ApiOperation) operation).operationId())
                        + " names its function's construct " + id + ", which SkiffApi uses itself; give"
                        + " the operation another operationId (or use integrationPattern SHARED)");
            }
        }
    }

    /**
     * A REST API's resources form one tree, and API Gateway allows one variable child per resource:
     * {@code /items/{id}} and {@code /items/{itemId}/reviews} would need two.
     */
    private static void checkRestPathVariables(List<? extends ApiOperation> operations) {
        Map<String, String> variableAt = new HashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        for (var operation : operations) {
            StringBuilder parent = new StringBuilder();
            for (String segment : operation.path().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                boolean variable = segment.startsWith("{") && segment.endsWith("}");
                if (variable) {
                    String key = parent.toString();
                    String other = variableAt.putIfAbsent(key, segment);
                    firstPath.putIfAbsent(key, operation.path());
                    if (other != null && !other.equals(segment)) {
                        throw new IllegalArgumentException("path variables at one place must share a name on a"
                                + " REST_API, got " + firstPath.get(key) + " and " + operation.path()
                                + " (operation " + operation.operationId() + "); API Gateway allows one variable"
                                + " resource under " + (key.isEmpty() ? "/" : key) + ", so rename " + segment
                                + " or " + other);
                    }
                }
                parent.append('/').append(variable ? "{}" : segment);
            }
        }
    }

    /** The origins {@link SkiffApi#restrictCorsTo} was given, checked. */
    static List<String> origins(List<String> origins) {
        return checkOrigins("restrictCorsTo", origins);
    }

    private static List<String> checkOrigins(String prop, List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException(prop + " must name at least one origin or \"*\", got []");
        }
        if (origins.size() > 1 && origins.contains("*")) {
            throw new IllegalArgumentException(prop + " must be [\"*\"] or a list of origins, not both, got "
                    + origins);
        }
        for (String origin : origins) {
            if (origin == null || !"*".equals(origin) && !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException(prop + " must hold \"*\" or origins like"
                        + " https://app.example.com (scheme and host, no path), got " + quote(origin));
            }
        }
        return List.copyOf(origins);
    }

    private static void checkStage(SkiffApiProps<?> props) {
        if (props.stageName() == null || !STAGE_NAME.matcher(props.stageName()).matches()) {
            throw new IllegalArgumentException("stageName must be 1 to 128 letters, digits or '_', got "
                    + quote(props.stageName()));
        }
        if (!(props.throttlingRateLimit() > 0)) {
            throw new IllegalArgumentException("throttlingRateLimit must be greater than 0, got "
                    + props.throttlingRateLimit());
        }
        if (props.throttlingBurstLimit() < 0) {
            throw new IllegalArgumentException("throttlingBurstLimit must be 0 or more, got "
                    + props.throttlingBurstLimit());
        }
    }

    private static <O extends Enum<O> & ApiOperation> void checkOperations(
            SkiffApiProps<O> props) {
        if (props.operations().isEmpty()) {
            throw new IllegalArgumentException("operations must hold at least one operation, got none in "
                    + props.operationsType().getName() + "; declare an operation (@Get, @Post...) in the API");
        }
        if (props.integrationPattern() == IntegrationPattern.SHARED && !props.operationOptions().isEmpty()) {
            throw new IllegalArgumentException("operation options need integrationPattern ISOLATED, got SHARED"
                    + " (one function serves every operation) with options for "
                    + inWords(props.operationOptions().keySet().stream().map(Enum::name).toList())
                    + "; set memorySize, timeout and environment for the whole API, or use ISOLATED");
        }
        if (props.apiType() == ApiType.REST_API) {
            checkRestPathVariables(props.operations());
        }
        if (props.apiType() == ApiType.REST_API && props.auth().kind() == ApiAuth.Kind.IAM) {
            checkPublicPolicyReach(props.operations());
        }
        props.operationOptions().forEach((operation, options) -> {
            for (String name : options.environment().keySet()) {
                boolean wrapper = PackageDirectory.WRAPPER_VARIABLE.equals(name)
                        && props.runsSkiffRuntime(List.of(operation));
                if (OWNED_VARIABLES.contains(name) || wrapper
                        || props.usesWebAdapter() && WebAdapter.VARIABLES.contains(name)) {
                    throw new IllegalArgumentException("environment of operation " + operation.name()
                            + " must not set " + name + ", SkiffApi sets it");
                }
            }
        });
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

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0)
                : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
