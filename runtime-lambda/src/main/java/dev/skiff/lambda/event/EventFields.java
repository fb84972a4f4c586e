package dev.skiff.lambda.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Field access shared by both payload formats, failing with a message that names the field. */
final class EventFields {
    private EventFields() {}

    /** A required non-empty string field. */
    static String required(JsonNode node, String field, String where) throws MalformedEventException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new MalformedEventException("the event has no " + where + field);
        }
        return value.asText();
    }

    /** An optional string field: null when absent, null or not text. */
    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** The body: UTF-8 text, or base64 when {@code isBase64Encoded} is true. */
    static byte[] body(JsonNode event) throws MalformedEventException {
        String body = optional(event, "body");
        if (body == null) {
            return null;
        }
        if (!event.path("isBase64Encoded").asBoolean(false)) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException invalid) {
            throw new MalformedEventException("the event's body is marked isBase64Encoded but is not valid base64", invalid);
        }
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
