package dev.skiff.support;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The limits every runtime reads a request under, each answered in DESIGN.md's
 * {@code {"detail": ...}} shape: body size 413, URL length and query parameter count 414,
 * header count and size 431, and for JSON bodies jackson-core's {@link StreamReadConstraints}
 * (nesting depth, number, string and property name lengths). Each is a system property, else an
 * environment variable of the same name in upper snake case (a Lambda function has no command
 * line), read by {@link #current()}; the property wins:
 *
 * <pre>{@code
 * java -Dskiff.limits.maxUrlLength=4096 -Dskiff.limits.maxJsonDepth=64 -jar app.jar
 * SKIFF_LIMITS_MAX_HEADER_BYTES=8192                  # a function's environment
 *
 * RequestLimits limits = RequestLimits.current();
 * Refusal refused = limits.refusal(request);          // 414, 431 or 413; null when within every limit
 * HttpResponse answer = refused.response();           // {"detail": "URL too long: the limit is 4096 characters"}
 * }</pre>
 *
 * <p>Lengths count characters as the client sent them (the URL percent-encoded); the header size
 * is the sum of every header's name and value lengths. JSON bodies are parsed under
 * {@link #streamReadConstraints()} by {@link Bodies}, so a runtime needs no code for those.
 */
public record RequestLimits(long maxBodyBytes, int maxUrlLength, int maxQueryParameters, int maxHeaderCount,
                            int maxHeaderBytes, int maxJsonDepth, int maxJsonNumberLength, int maxJsonStringLength,
                            int maxJsonNameLength, Duration idleTimeout) {
    /** 6 MB: Lambda's payload limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 6L * 1024 * 1024;
    /** 8192 characters of path and query (Apache's {@code LimitRequestLine} is 8190, nginx's buffer 8 KB). */
    public static final int DEFAULT_MAX_URL_LENGTH = 8192;
    /** 1000 query parameters (Undertow's and Tomcat's {@code maxParameterCount}). */
    public static final int DEFAULT_MAX_QUERY_PARAMETERS = 1000;
    /** 100 headers (Apache's {@code LimitRequestFields}). */
    public static final int DEFAULT_MAX_HEADER_COUNT = 100;
    /** 16 KB of header names and values (Node's {@code --max-http-header-size}). */
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    /** 1000 nested arrays and objects: jackson-core's default, and about where Python's json gives up. */
    public static final int DEFAULT_MAX_JSON_DEPTH = 1000;
    /** 1000 characters in a number: jackson-core's default. */
    public static final int DEFAULT_MAX_JSON_NUMBER_LENGTH = 1000;
    /** 20 million characters in a string: jackson-core's default (a body is 6 MB anyway). */
    public static final int DEFAULT_MAX_JSON_STRING_LENGTH = 20_000_000;
    /** 50,000 characters in a property name: jackson-core's default. */
    public static final int DEFAULT_MAX_JSON_NAME_LENGTH = 50_000;
    /** 30 s without a byte of the request body (or without the client reading the response). */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** A limit a request is past: the status and the {@code detail} to answer, safe to show the caller. */
    public record Refusal(int status, String detail) {
        /** The answer in DESIGN.md's shape. */
        public HttpResponse response() {
            return ErrorResponses.detail(status, detail);
        }
    }

    private static final RequestLimits DEFAULTS = new RequestLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_URL_LENGTH,
            DEFAULT_MAX_QUERY_PARAMETERS, DEFAULT_MAX_HEADER_COUNT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_JSON_DEPTH,
            DEFAULT_MAX_JSON_NUMBER_LENGTH, DEFAULT_MAX_JSON_STRING_LENGTH, DEFAULT_MAX_JSON_NAME_LENGTH,
            DEFAULT_IDLE_TIMEOUT);

    public RequestLimits {
        if (maxBodyBytes < 0 || maxUrlLength < 1 || maxQueryParameters < 0 || maxHeaderCount < 1
                || maxHeaderBytes < 1 || maxJsonDepth < 1 || maxJsonNumberLength < 1 || maxJsonStringLength < 1
                || maxJsonNameLength < 1 || idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("request limits must be positive (maxQueryParameters and maxBodyBytes"
                    + " may be 0), got maxBodyBytes=" + maxBodyBytes + ", maxUrlLength=" + maxUrlLength
                    + ", maxQueryParameters=" + maxQueryParameters + ", maxHeaderCount=" + maxHeaderCount
                    + ", maxHeaderBytes=" + maxHeaderBytes + ", maxJsonDepth=" + maxJsonDepth
                    + ", maxJsonNumberLength=" + maxJsonNumberLength + ", maxJsonStringLength=" + maxJsonStringLength
                    + ", maxJsonNameLength=" + maxJsonNameLength + ", idleTimeout=" + idleTimeout);
        }
    }

    /** The defaults, whatever the system properties say. */
    public static RequestLimits defaults() {
        return DEFAULTS;
    }

    /**
     * The limits the {@code skiff.limits.*} system properties set, else the {@code SKIFF_LIMITS_*}
     * environment variables, else the defaults:
     * {@code maxBodyBytes}, {@code maxUrlLength}, {@code maxQueryParameters}, {@code maxHeaderCount},
     * {@code maxHeaderBytes}, {@code maxJsonDepth}, {@code maxJsonNumberLength},
     * {@code maxJsonStringLength}, {@code maxJsonNameLength}, {@code idleTimeoutMillis}.
     */
    public static RequestLimits current() {
        for (String property : PROPERTIES) {
            if (System.getProperty(property) != null) {
                return of(ProcessVariables.VALUES::get); // properties may change (tests set them): read anew
            }
        }
        RequestLimits fromVariables = fromProcessVariables;
        if (fromVariables == null) {
            fromVariables = of(ProcessVariables.VALUES::get);
            fromProcessVariables = fromVariables;
        }
        return fromVariables;
    }

    /** The limits the process's variables set, worked out once: they cannot change. */
    private static volatile RequestLimits fromProcessVariables;

    /**
     * The {@code SKIFF_LIMITS_*} variables, read once: a process's environment cannot change, and
     * {@link Bodies} asks for the current limits on every JSON body ({@code System.getenv} hashes
     * and copies its argument on each call).
     */
    private static final class ProcessVariables {
        static final Map<String, String> VALUES = read();

        private static Map<String, String> read() {
            Map<String, String> values = new HashMap<>();
            for (String variable : VARIABLES) {
                String value = System.getenv(variable);
                if (value != null) {
                    values.put(variable, value);
                }
            }
            return Map.copyOf(values);
        }
    }

    /**
     * The limits the {@code skiff.limits.*} system properties set, else the variables of
     * {@code environment} ({@code SKIFF_LIMITS_MAX_BODY_BYTES} for {@code skiff.limits.maxBodyBytes}),
     * else the defaults.
     */
    public static RequestLimits of(Function<String, String> environment) {
        if (!anySet(environment)) {
            return DEFAULTS;
        }
        long[] v = new long[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            v[i] = setting(i, environment);
        }
        return new RequestLimits(v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6],
                (int) v[7], (int) v[8], Duration.ofMillis(v[9]));
    }

    /** A copy with another body limit (the local server's builder sets it). */
    public RequestLimits withMaxBodyBytes(long bytes) {
        return new RequestLimits(bytes, maxUrlLength, maxQueryParameters, maxHeaderCount, maxHeaderBytes, maxJsonDepth,
                maxJsonNumberLength, maxJsonStringLength, maxJsonNameLength, idleTimeout);
    }

    /** A copy with another idle timeout. */
    public RequestLimits withIdleTimeout(Duration timeout) {
        return new RequestLimits(maxBodyBytes, maxUrlLength, maxQueryParameters, maxHeaderCount, maxHeaderBytes,
                maxJsonDepth, maxJsonNumberLength, maxJsonStringLength, maxJsonNameLength, timeout);
    }

    /**
     * The first limit {@code request} is past, to answer instead of dispatching it:
     * 414 for its URL or query, 431 for its headers, 413 for its body; null when it is within all.
     * The URL length is counted from the parsed query, so it may differ from the bytes sent by the
     * few characters that decoding removed; a runtime that has the raw URL may call
     * {@link #urlRefusal} itself.
     */
    public Refusal refusal(HttpRequest request) {
        int[] query = {0, 0};
        for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
            for (String value : parameter.getValue()) {
                query[0]++;
                query[1] += parameter.getKey().length() + value.length() + 2;
            }
        }
        Refusal refused = urlRefusal(request.rawPath().length() + query[1]);
        if (refused == null) {
            refused = queryRefusal(query[0]);
        }
        if (refused == null) {
            long[] headers = {0, 0};
            request.headers().forEach((name, values) -> {
                for (String value : values) {
                    headers[0]++;
                    headers[1] += name.length() + value.length();
                }
            });
            refused = headerRefusal(headers[0], headers[1]);
        }
        return refused != null ? refused : bodyRefusal(request.body().length);
    }

    /** 414 when a URL (path, {@code ?} and query, percent-encoded) of {@code length} characters is too long; else null. */
    public Refusal urlRefusal(long length) {
        return length > maxUrlLength
                ? new Refusal(414, "URL too long: the limit is " + maxUrlLength + " characters") : null;
    }

    /** 414 when {@code count} query parameters are too many; else null. */
    public Refusal queryRefusal(long count) {
        return count > maxQueryParameters
                ? new Refusal(414, "Too many query parameters: the limit is " + maxQueryParameters) : null;
    }

    /** 431 when {@code count} headers, or names and values of {@code bytes} characters in all, are too many; else null. */
    public Refusal headerRefusal(long count, long bytes) {
        if (count > maxHeaderCount) {
            return new Refusal(431, "Too many request headers: the limit is " + maxHeaderCount);
        }
        if (bytes > maxHeaderBytes) {
            return new Refusal(431, "Request headers too large: the limit is " + maxHeaderBytes + " bytes");
        }
        return null;
    }

    /** 413 when a body of {@code bytes} is too large; else null. */
    public Refusal bodyRefusal(long bytes) {
        return bytes > maxBodyBytes ? bodyTooLarge() : null;
    }

    /** The 413 of a body over {@link #maxBodyBytes()}. */
    public Refusal bodyTooLarge() {
        return new Refusal(413, "Request body too large: the limit is " + maxBodyBytes + " bytes");
    }

    /** jackson-core's constraints for a JSON body under these limits (document length: the body limit). */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxJsonDepth)
                .maxNumberLength(maxJsonNumberLength)
                .maxStringLength(maxJsonStringLength)
                .maxNameLength(maxJsonNameLength)
                .build();
    }

    // in the order of the record's components; the first and the last may exceed an int
    private static final String[] NAMES = {"maxBodyBytes", "maxUrlLength", "maxQueryParameters", "maxHeaderCount",
        "maxHeaderBytes", "maxJsonDepth", "maxJsonNumberLength", "maxJsonStringLength", "maxJsonNameLength",
        "idleTimeoutMillis"};
    private static final long[] DEFAULT_VALUES = {DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_URL_LENGTH,
        DEFAULT_MAX_QUERY_PARAMETERS, DEFAULT_MAX_HEADER_COUNT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_JSON_DEPTH,
        DEFAULT_MAX_JSON_NUMBER_LENGTH, DEFAULT_MAX_JSON_STRING_LENGTH, DEFAULT_MAX_JSON_NAME_LENGTH,
        DEFAULT_IDLE_TIMEOUT.toMillis()};
    // Bodies asks for the current limits on every JSON body: the keys are built once, not per request
    private static final String[] PROPERTIES = new String[NAMES.length];
    private static final String[] VARIABLES = new String[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            PROPERTIES[i] = "skiff.limits." + NAMES[i];
            VARIABLES[i] = variable(NAMES[i]);
        }
    }

    private static boolean anySet(Function<String, String> environment) {
        for (int i = 0; i < NAMES.length; i++) {
            if (System.getProperty(PROPERTIES[i]) != null || environment.apply(VARIABLES[i]) != null) {
                return true;
            }
        }
        return false;
    }

    private static long setting(int i, Function<String, String> environment) {
        String key = PROPERTIES[i];
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            key = VARIABLES[i];
            value = environment.apply(key);
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_VALUES[i];
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (i != 0 && i != NAMES.length - 1 && parsed > Integer.MAX_VALUE) {
                throw new IllegalStateException(key + " must be at most " + Integer.MAX_VALUE + ", got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " must be a whole number, got " + value, e);
        }
    }

    /** {@code maxBodyBytes} as an environment variable: {@code SKIFF_LIMITS_MAX_BODY_BYTES}. */
    static String variable(String name) {
        StringBuilder variable = new StringBuilder("SKIFF_LIMITS_");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                variable.append('_').append(c);
            } else {
                variable.append(Character.toUpperCase(c));
            }
        }
        return variable.toString();
    }
}
