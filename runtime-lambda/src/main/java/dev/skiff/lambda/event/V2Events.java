package dev.skiff.lambda.event;

import dev.skiff.core.CookieHeaders;
import dev.skiff.core.HttpRequest;
import java.util.List;
import java.util.Locale;

/** Builds requests from API Gateway HTTP API (payload 2.0) and Function URL events. */
final class V2Events {
    private V2Events() {}

    static HttpRequest.Builder read(ScannedEvent event) throws MalformedEventException {
        String method = EventFields.required(event.contextMethod, "requestContext.http.method");
        String rawPath = event.rawPath;
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = EventFields.required(event.contextPath, "rawPath or requestContext.http.path");
        }
        String path = EventFields.withoutStage(rawPath, event.stage);
        HttpRequest.Builder request = HttpRequest.builder(method.toUpperCase(Locale.ROOT), path)
                .rawQuery(event.rawQueryString)
                .platformRequestId(event.requestId)
                .body(EventFields.body(event));
        EventMap headers = event.headers;
        for (int i = 0; headers != null && i < headers.size(); i++) {
            // Repeated headers arrive comma-joined in one value, as HTTP allows; kept as sent.
            // Arrays and objects are not payload 2.0 header values: skipped.
            if (headers.value(i) instanceof String value) {
                request.header(headers.name(i), value);
            }
        }
        List<String> cookies = event.cookies;
        if (cookies != null && !cookies.isEmpty()) {
            for (String cookie : cookies) {
                CookieHeaders.parse(cookie, request::cookie);
            }
            // Payload 2.0 moves cookies out of the headers; restore the header the client sent.
            request.header("cookie", cookies.size() == 1 ? cookies.get(0) : joined(cookies));
        }
        EventFields.caller(event).ifPresent(request::caller);
        return request;
    }

    /** The cookies as one {@code Cookie} header value, {@code "; "} between non-empty parts. */
    private static String joined(List<String> cookies) {
        StringBuilder header = new StringBuilder();
        for (String cookie : cookies) {
            header.append(header.length() == 0 ? "" : "; ").append(cookie);
        }
        return header.toString();
    }
}
