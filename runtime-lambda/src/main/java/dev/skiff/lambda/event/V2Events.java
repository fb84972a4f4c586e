package dev.skiff.lambda.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.CallerIdentities;
import dev.skiff.core.HttpRequest;
import java.util.Iterator;
import java.util.Map;

/** Reads API Gateway HTTP API (payload 2.0) and Function URL events. */
final class V2Events {
    private V2Events() {}

    static HttpRequest.Builder read(JsonNode event) throws MalformedEventException {
        JsonNode context = event.path("requestContext");
        String method = EventFields.required(context.path("http"), "method", "requestContext.http.");
        String rawPath = EventFields.optional(event, "rawPath");
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = EventFields.required(context.path("http"), "path", "rawPath or requestContext.http.");
        }
        String path = EventFields.withoutStage(rawPath, EventFields.optional(context, "stage"));
        HttpRequest.Builder request = HttpRequest.builder(method.toUpperCase(java.util.Locale.ROOT), path)
                .rawQuery(EventFields.optional(event, "rawQueryString"))
                .platformRequestId(EventFields.optional(context, "requestId"))
                .body(EventFields.body(event));
        for (Iterator<Map.Entry<String, JsonNode>> it = event.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            // Repeated headers arrive comma-joined in one value, as HTTP allows; kept as sent.
            if (header.getValue().isValueNode() && !header.getValue().isNull()) {
                request.header(header.getKey(), header.getValue().asText());
            }
        }
        JsonNode cookies = event.path("cookies");
        if (cookies.isArray() && !cookies.isEmpty()) {
            StringBuilder cookieHeader = new StringBuilder();
            for (JsonNode cookie : cookies) {
                dev.skiff.core.CookieHeaders.parse(cookie.asText(), request::cookie);
                cookieHeader.append(cookieHeader.length() == 0 ? "" : "; ").append(cookie.asText());
            }
            // Payload 2.0 moves cookies out of the headers; restore the header the client sent.
            request.header("cookie", cookieHeader.toString());
        }
        CallerIdentities.fromRequestContext(context).ifPresent(request::caller);
        return request;
    }
}
