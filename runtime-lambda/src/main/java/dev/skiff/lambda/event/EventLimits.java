package dev.skiff.lambda.event;

import java.util.function.Function;

/**
 * The limits an event's request is read under, each answered before any route runs, in
 * DESIGN.md's shape ({@code {"detail": ...}}): a body over {@link #maxBodyBytes()} is 413, a URL
 * (path and query) over {@link #maxUrlLength()} 414, more than {@link #maxHeaderCount()} headers
 * or more than {@link #maxHeaderBytes()} of them 431, more than {@link #maxQueryParameters()} query
 * parameters 414. The names, defaults and statuses are those of framework-api's shared request
 * limits for the local server, so one setting means the same on both.
 *
 * <p>Each is a system property or, where Lambda has no command line, a variable of the same
 * name in upper snake case; the property wins:
 *
 * <pre>{@code
 * SKIFF_LIMITS_MAX_HEADER_BYTES=8192      # the function's environment
 * -Dskiff.limits.maxHeaderBytes=8192      # or a system property (SKIFF_JAVA_OPTS)
 * }</pre>
 *
 * <p>The body is measured as the application receives it: a base64 body ({@code isBase64Encoded})
 * after decoding, a text body in UTF-8. Lambda caps a synchronous invocation's payload at 6 MB,
 * so the 6 MB default is never reached through API Gateway; a lower limit is.
 *
 * @param maxBodyBytes       the largest body, in bytes, after base64 decoding
 * @param maxUrlLength       the longest path plus query string, in characters as sent (percent-encoded)
 * @param maxHeaderCount     the most header fields (each value of a repeated header counts; cookies are one)
 * @param maxHeaderBytes     the most bytes of header names and values together, in UTF-8
 * @param maxQueryParameters the most query parameters (each value of a repeated key counts)
 */
public record EventLimits(long maxBodyBytes, int maxUrlLength, int maxHeaderCount, int maxHeaderBytes,
                          int maxQueryParameters) {
    // Until framework-api's RequestLimits is merged, these mirror its defaults and detail texts.
    public static final long DEFAULT_MAX_BODY_BYTES = 6L * 1024 * 1024;
    public static final int DEFAULT_MAX_URL_LENGTH = 8 * 1024;
    public static final int DEFAULT_MAX_HEADER_COUNT = 100;
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
    public static final int DEFAULT_MAX_QUERY_PARAMETERS = 1000;

    /** The defaults. */
    public static final EventLimits DEFAULTS = new EventLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_URL_LENGTH,
            DEFAULT_MAX_HEADER_COUNT, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_QUERY_PARAMETERS);

    public EventLimits {
        if (maxBodyBytes < 0 || maxUrlLength < 1 || maxHeaderCount < 1 || maxHeaderBytes < 1 || maxQueryParameters < 0) {
            throw new IllegalArgumentException("request limits must be positive, got " + this);
        }
    }

    /** The limits the system properties, else {@code env}, set; else the defaults. */
    public static EventLimits of(Function<String, String> env) {
        return new EventLimits(
                setting("skiff.limits.maxBodyBytes", env, DEFAULT_MAX_BODY_BYTES),
                (int) setting("skiff.limits.maxUrlLength", env, DEFAULT_MAX_URL_LENGTH),
                (int) setting("skiff.limits.maxHeaderCount", env, DEFAULT_MAX_HEADER_COUNT),
                (int) setting("skiff.limits.maxHeaderBytes", env, DEFAULT_MAX_HEADER_BYTES),
                (int) setting("skiff.limits.maxQueryParameters", env, DEFAULT_MAX_QUERY_PARAMETERS));
    }

    /** The limits of this process: its system properties, else its environment. */
    public static EventLimits current() {
        return of(System::getenv);
    }

    private static long setting(String property, Function<String, String> env, long fallback) {
        String value = System.getProperty(property);
        String name = property;
        if (value == null || value.isBlank()) {
            name = variable(property);
            value = env.apply(name);
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0 || parsed > Integer.MAX_VALUE && !property.endsWith("Bytes")) {
                throw new NumberFormatException("out of range");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, got " + value, e);
        }
    }

    /** {@code skiff.limits.maxBodyBytes} as a variable: {@code SKIFF_LIMITS_MAX_BODY_BYTES}. */
    static String variable(String property) {
        StringBuilder name = new StringBuilder(property.length() + 8);
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            if (c == '.') {
                name.append('_');
            } else if (Character.isUpperCase(c)) {
                name.append('_').append(c);
            } else {
                name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    /** 413 unless a body of {@code bytes} is within the limit. */
    void checkBody(long bytes) throws EventRefusedException {
        if (bytes > maxBodyBytes) {
            throw new EventRefusedException(413, "Request body too large: the limit is " + maxBodyBytes + " bytes");
        }
    }

    /** 414 unless a URL of {@code length} characters is within the limit. */
    void checkUrl(long length) throws EventRefusedException {
        if (length > maxUrlLength) {
            throw new EventRefusedException(414, "URL too long: the limit is " + maxUrlLength + " characters");
        }
    }

    /** 431 unless {@code count} headers of {@code bytes} together are within the limits. */
    void checkHeaders(long count, long bytes) throws EventRefusedException {
        if (count > maxHeaderCount) {
            throw new EventRefusedException(431, "Too many request headers: the limit is " + maxHeaderCount);
        }
        if (bytes > maxHeaderBytes) {
            throw new EventRefusedException(431, "Request headers too large: the limit is " + maxHeaderBytes + " bytes");
        }
    }

    /** 414 unless {@code count} query parameters are within the limit (the URL carries them). */
    void checkQuery(long count) throws EventRefusedException {
        if (count > maxQueryParameters) {
            throw new EventRefusedException(414, "Too many query parameters: the limit is " + maxQueryParameters);
        }
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x800) {
                // Three bytes, or a surrogate: a pair is four bytes for two chars.
                bytes += Character.isSurrogate(c) ? 1 : 2;
            } else if (c >= 0x80) {
                bytes += 1;
            }
        }
        return bytes;
    }
}
