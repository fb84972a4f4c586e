package dev.skiff.lambda.event;

import dev.skiff.api.CallerIdentity;
import dev.skiff.core.CallerIdentities;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Field checks shared by both payload formats, failing with a message that names the field. */
final class EventFields {
    private EventFields() {}

    /** A required non-empty string field ({@code value} is null when absent or not a string). */
    static String required(String value, String field) throws MalformedEventException {
        if (value == null || value.isEmpty()) {
            throw new MalformedEventException("the event has no " + field);
        }
        return value;
    }

    /** The body: UTF-8 text, or base64 when {@code isBase64Encoded} is true. */
    static byte[] body(ScannedEvent event) throws MalformedEventException {
        String body = event.body;
        if (body == null) {
            return null;
        }
        if (!event.base64) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException invalid) {
            throw new MalformedEventException("the event's body is marked isBase64Encoded but is not valid base64", invalid);
        }
    }

    /**
     * The caller in the event's {@code requestContext}: its {@code authorizer} (read whole) and
     * payload 1.0's {@code identity} are handed to {@link CallerIdentities} as the small object
     * they would be part of.
     */
    static Optional<CallerIdentity> caller(ScannedEvent event) {
        if (event.authorizer == null && event.identityUserArn == null) {
            return Optional.empty();
        }
        Map<String, Object> context = new LinkedHashMap<>(4);
        if (event.authorizer != null) {
            context.put("authorizer", event.authorizer);
        }
        if (event.identityUserArn != null) {
            Map<String, Object> identity = new LinkedHashMap<>(4);
            identity.put("userArn", event.identityUserArn);
            if (event.identityAccountId != null) {
                identity.put("accountId", event.identityAccountId);
            }
            context.put("identity", identity);
        }
        return CallerIdentities.fromRequestContext(context);
    }

    /**
     * Removes an API Gateway stage prefix ({@code /prod/items} to {@code /items}): behind a
     * named stage the path carries the stage, but routes are declared without it.
     */
    static String withoutStage(String path, String stage) {
        if (stage == null || stage.isEmpty() || stage.equals("$default")) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.equals(prefix)) {
            return "/";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }
}
