package dev.skiff.lambda.event;

import dev.skiff.core.CookieHeaders;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.QueryStrings;
import dev.skiff.support.RequestLimits;
import java.util.List;

/** Builds requests from API Gateway HTTP API (payload 2.0) and Function URL events. */
final class V2Events {
    private V2Events() {}

    static HttpRequest.Builder read(ScannedEvent event, RequestLimits limits) throws EventRefusedException {
        String method = EventFields.method(event.contextMethod, "requestContext.http.method");
        String rawPath = event.rawPath;
        String field = "rawPath";
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = event.contextPath;
            field = "rawPath or requestContext.http.path";
        }
        String path = EventFields.withoutStage(EventFields.path(rawPath, field), event.stage);
        EventMap headers = event.headers;
        List<String> cookies = event.cookies;
        String rawQuery = event.rawQueryString == null ? "" : event.rawQueryString;
        long headerCount = 0;
        for (int i = 0; headers != null && i < headers.size(); i++) {
            headerCount += headers.value(i) instanceof String ? 1 : 0;
        }
        EventFields.check(limits.headerRefusal(headerCount + (cookies == null || cookies.isEmpty() ? 0 : 1),
                EventFields.headerBytes(headers, cookies)));
        EventFields.check(limits.urlRefusal(path.length() + (rawQuery.isEmpty() ? 0 : 1L + rawQuery.length())));
        EventFields.check(limits.queryRefusal(QueryStrings.count(rawQuery)));
        HttpRequest.Builder request = HttpRequest.builder(method, path)
                .rawQuery(rawQuery)
                .platformRequestId(event.requestId)
                .body(EventFields.body(event, limits));
        for (int i = 0; headers != null && i < headers.size(); i++) {
            // Repeated headers arrive comma-joined in one value, as HTTP allows; kept as sent.
            // Arrays and objects are not payload 2.0 header values: skipped.
            if (headers.value(i) instanceof String value) {
                request.header(headers.name(i), value);
            }
        }
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
