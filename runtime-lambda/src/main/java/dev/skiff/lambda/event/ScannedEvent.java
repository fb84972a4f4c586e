package dev.skiff.lambda.event;

import java.util.List;
import java.util.Map;

/**
 * What {@link EventScanner} kept of an event: the few fields either payload format reads,
 * collected in one streaming pass whatever their order, before the format is decided. A field
 * that repeats keeps its last value, as Jackson's tree did.
 *
 * <p>String maps ({@code headers}, {@code multiValue*}, see {@link EventMap}) keep a null or
 * object value as {@code null}, so that a map with only such entries still counts as present
 * (payload 1.0 falls back on the single-value map only when the multi-value one is absent or
 * empty).
 */
final class ScannedEvent {
    /** {@code version}, as text when it is a scalar. */
    String version;
    /** Whether the event has an {@code httpMethod} member at all (payload 1.0's shape). */
    boolean hasHttpMethod;
    /** {@code httpMethod} when it is a string. */
    String httpMethod;
    /** {@code path} (payload 1.0) when it is a string. */
    String path;
    String rawPath;
    String rawQueryString;
    String body;
    boolean base64;
    EventMap headers;
    EventMap multiValueHeaders;
    EventMap queryStringParameters;
    EventMap multiValueQueryStringParameters;
    /** {@code cookies} when it is an array, each item as Jackson's {@code asText()} gave it. */
    List<String> cookies;

    /** Whether {@code requestContext} is an object with an {@code http} member (payload 2.0's shape). */
    boolean hasContextHttp;
    /** {@code requestContext.http.method} when it is a string. */
    String contextMethod;
    /** {@code requestContext.http.path} when it is a string. */
    String contextPath;
    String stage;
    String requestId;
    /** {@code requestContext.authorizer} when it is an object: rare, and read whole as plain maps and values. */
    Map<String, Object> authorizer;
    /** {@code requestContext.identity.userArn} and {@code accountId} (payload 1.0 IAM) when strings. */
    String identityUserArn;
    String identityAccountId;

    /** Forgets what an earlier {@code requestContext} member gave: the last one wins. */
    void resetContext() {
        hasContextHttp = false;
        contextMethod = null;
        contextPath = null;
        stage = null;
        requestId = null;
        authorizer = null;
        identityUserArn = null;
        identityAccountId = null;
    }
}
