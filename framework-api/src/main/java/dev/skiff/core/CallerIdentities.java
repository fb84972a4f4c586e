package dev.skiff.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.CallerIdentity;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads who called from an API Gateway or Function URL {@code requestContext}: the IAM
 * principal ({@code authorizer.iam} in payload 2.0, {@code identity} in payload 1.0) or JWT
 * claims ({@code authorizer.jwt.claims} in 2.0, Cognito {@code authorizer.claims} in 1.0).
 * Both runtimes use it: the Lambda adapter on the event, the local server on the Lambda Web
 * Adapter's {@code x-amzn-request-context} header, which carries the same object as JSON.
 *
 * <pre>{@code
 * Optional<CallerIdentity> caller = CallerIdentities.fromWebAdapterHeader(exchangeHeaderValue);
 * }</pre>
 */
public final class CallerIdentities {
    /** The header the Lambda Web Adapter puts the event's {@code requestContext} in. */
    public static final String WEB_ADAPTER_HEADER = "x-amzn-request-context";

    private CallerIdentities() {}

    /** The caller in an event's {@code requestContext} object; empty when nobody was authenticated. */
    public static Optional<CallerIdentity> fromRequestContext(JsonNode requestContext) {
        if (requestContext == null || !requestContext.isObject()) {
            return Optional.empty();
        }
        JsonNode authorizer = requestContext.path("authorizer");
        Optional<CallerIdentity> jwt = jwt(authorizer.path("jwt").path("claims"));
        if (jwt.isPresent()) {
            return jwt;
        }
        Optional<CallerIdentity> iam = iam(authorizer.path("iam"));
        if (iam.isPresent()) {
            return iam;
        }
        Optional<CallerIdentity> cognito = jwt(authorizer.path("claims"));
        if (cognito.isPresent()) {
            return cognito;
        }
        return iam(requestContext.path("identity"));
    }

    /** The caller in the Lambda Web Adapter's {@code x-amzn-request-context} header value. */
    public static Optional<CallerIdentity> fromWebAdapterHeader(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        try {
            return fromRequestContext(Json.mapper().readTree(headerValue));
        } catch (JsonProcessingException notJson) {
            // A header we cannot read authenticates nobody; the request goes on anonymous.
            return Optional.empty();
        }
    }

    private static Optional<CallerIdentity> iam(JsonNode iam) {
        String arn = text(iam.get("userArn"));
        if (arn == null) {
            return Optional.empty();
        }
        Optional<String> account = Optional.ofNullable(text(iam.get("accountId")));
        return Optional.of(new CallerIdentity(CallerIdentity.Kind.IAM, arn, account, Map.of()));
    }

    private static Optional<CallerIdentity> jwt(JsonNode claims) {
        if (!claims.isObject() || claims.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = claims.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> claim = it.next();
            JsonNode value = claim.getValue();
            if (!value.isNull()) {
                values.put(claim.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        }
        String subject = values.getOrDefault("sub", "");
        return Optional.of(new CallerIdentity(CallerIdentity.Kind.JWT, subject, Optional.empty(), values));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isEmpty() ? null : node.asText();
    }
}
