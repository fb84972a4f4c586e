package dev.skiff.core;

import com.fasterxml.jackson.core.JsonParser;
import dev.skiff.api.CallerIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads who called from an API Gateway or Function URL {@code requestContext}: the IAM
 * principal ({@code authorizer.iam} in payload 2.0, {@code identity} in payload 1.0) or JWT
 * claims ({@code authorizer.jwt.claims} in 2.0, Cognito {@code authorizer.claims} in 1.0).
 * Both runtimes use it: the Lambda adapter on the event, the local server on the Lambda Web
 * Adapter's {@code x-amzn-request-context} header, which carries the same object as JSON. The
 * object is taken as {@link JsonValues#read} gives it (maps, lists, strings, numbers).
 *
 * <pre>{@code
 * Optional<CallerIdentity> caller = CallerIdentities.fromWebAdapterHeader(exchangeHeaderValue);
 * }</pre>
 */
public final class CallerIdentities {
    /** The header the Lambda Web Adapter puts the event's {@code requestContext} in. */
    public static final String WEB_ADAPTER_HEADER = "x-amzn-request-context";

    private CallerIdentities() {}

    /**
     * The caller in an event's {@code requestContext} object, read as {@link JsonValues#read}
     * reads it; empty when nobody was authenticated.
     */
    public static Optional<CallerIdentity> fromRequestContext(Map<String, ?> requestContext) {
        if (requestContext == null) {
            return Optional.empty();
        }
        Map<?, ?> authorizer = object(requestContext.get("authorizer"));
        Optional<CallerIdentity> jwt = jwt(object(object(authorizer.get("jwt")).get("claims")));
        if (jwt.isPresent()) {
            return jwt;
        }
        Optional<CallerIdentity> iam = iam(object(authorizer.get("iam")));
        if (iam.isPresent()) {
            return iam;
        }
        Optional<CallerIdentity> cognito = jwt(object(authorizer.get("claims")));
        if (cognito.isPresent()) {
            return cognito;
        }
        return iam(object(requestContext.get("identity")));
    }

    /** The caller in the Lambda Web Adapter's {@code x-amzn-request-context} header value. */
    public static Optional<CallerIdentity> fromWebAdapterHeader(String headerValue) {
        return WebAdapterRequest.of(headerValue).caller();
    }

    /**
     * What the Lambda Web Adapter's {@code x-amzn-request-context} header says about a request,
     * read once: the caller, and API Gateway's request id, which is also the Lambda handler's
     * default correlation id, so the two paths name a request alike.
     *
     * <pre>{@code
     * WebAdapterRequest context = CallerIdentities.WebAdapterRequest.of(headerValue);
     * context.requestId().ifPresent(builder::platformRequestId);
     * }</pre>
     */
    public record WebAdapterRequest(Optional<CallerIdentity> caller, Optional<String> requestId) {
        private static final WebAdapterRequest NONE = new WebAdapterRequest(Optional.empty(), Optional.empty());

        /** Reads {@code headerValue}; a missing or unreadable header says nothing (and authenticates nobody). */
        public static WebAdapterRequest of(String headerValue) {
            if (headerValue == null || headerValue.isBlank()) {
                return NONE;
            }
            Object requestContext;
            try (JsonParser in = JsonValues.factory().createParser(headerValue)) {
                requestContext = JsonValues.read(in);
            } catch (IOException notJson) {
                return NONE;
            }
            if (!(requestContext instanceof Map<?, ?> object)) {
                return NONE;
            }
            String requestId = text(object.get("requestId"));
            return new WebAdapterRequest(fromRequestContext(names(object)),
                    Optional.ofNullable(requestId == null || requestId.isEmpty() ? null : requestId));
        }
    }

    private static Optional<CallerIdentity> iam(Map<?, ?> iam) {
        String arn = text(iam.get("userArn"));
        if (arn == null) {
            return Optional.empty();
        }
        Optional<String> account = Optional.ofNullable(text(iam.get("accountId")));
        return Optional.of(new CallerIdentity(CallerIdentity.Kind.IAM, arn, account, Map.of()));
    }

    private static Optional<CallerIdentity> jwt(Map<?, ?> claims) {
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> claim : claims.entrySet()) {
            Object value = claim.getValue();
            if (value != null) {
                values.put(String.valueOf(claim.getKey()), claimText(value));
            }
        }
        String subject = values.getOrDefault("sub", "");
        return Optional.of(new CallerIdentity(CallerIdentity.Kind.JWT, subject, Optional.empty(), values));
    }

    /** A scalar claim as its text, an object or array claim as compact JSON. */
    private static String claimText(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return new String(JsonValues.toBytes(value), StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }

    /** {@code value} when it is a JSON object, else an empty one: absent and mistyped members read alike. */
    private static Map<?, ?> object(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> names(Map<?, ?> object) {
        // JsonValues.read names every member with a string
        return (Map<String, ?>) object;
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isEmpty() ? text : null;
    }
}
