package dev.skiff.lambda.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.CallerIdentities;
import dev.skiff.core.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/** Reads API Gateway REST API (payload 1.0) events. */
final class V1Events {
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/%";

    private V1Events() {}

    static HttpRequest.Builder read(JsonNode event) throws MalformedEventException {
        JsonNode context = event.path("requestContext");
        String method = EventFields.required(event, "httpMethod", "");
        String path = EventFields.required(event, "path", "");
        path = EventFields.withoutStage(path, EventFields.optional(context, "stage"));
        HttpRequest.Builder request = HttpRequest.builder(method.toUpperCase(Locale.ROOT), encode(path))
                .platformRequestId(EventFields.optional(context, "requestId"))
                .body(EventFields.body(event));
        if (!eachValue(event.path("multiValueHeaders"), request::header)) {
            eachValue(event.path("headers"), request::header);
        }
        if (!eachValue(event.path("multiValueQueryStringParameters"), request::query)) {
            eachValue(event.path("queryStringParameters"), request::query);
        }
        CallerIdentities.fromRequestContext(context).ifPresent(request::caller);
        return request;
    }

    /** Calls {@code pair} for each value of a map of strings or of string arrays; false when empty. */
    private static boolean eachValue(JsonNode map, java.util.function.BiConsumer<String, String> pair) {
        if (!map.isObject() || map.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                value.forEach(item -> pair.accept(entry.getKey(), item.asText()));
            } else if (value.isValueNode() && !value.isNull()) {
                pair.accept(entry.getKey(), value.asText());
            }
        }
        return true;
    }

    /**
     * REST APIs hand over the path decoded; the core expects it percent-encoded, so encode what
     * cannot appear raw in a path (spaces, non-ASCII) and leave the rest as it is.
     */
    static String encode(String path) {
        StringBuilder encoded = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARS.indexOf(c) >= 0);
            if (plain) {
                if (encoded != null) {
                    encoded.append(c);
                }
                continue;
            }
            if (encoded == null) {
                encoded = new StringBuilder(path.length() + 16).append(path, 0, i);
            }
            int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
            for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end - 1;
        }
        return encoded == null ? path : encoded.toString();
    }
}
