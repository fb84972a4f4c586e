package dev.skiff.lambda.event;

import dev.skiff.core.HttpRequest;
import dev.skiff.support.RequestLimits;
import java.nio.charset.StandardCharsets;

/** Builds requests from API Gateway REST API (payload 1.0) events. */
final class V1Events {
    private static final String PATH_CHARS = "-._~!$&'()*+,;=:@/%";

    private V1Events() {}

    static HttpRequest.Builder read(ScannedEvent event, RequestLimits limits) throws EventRefusedException {
        String method = EventFields.method(event.httpMethod, "httpMethod");
        String path = EventFields.path(event.path, "path");
        path = encode(EventFields.withoutStage(path, event.stage));
        // As below: the multi-value map is the one used unless it is absent or empty.
        EventMap headers = used(event.multiValueHeaders) ? event.multiValueHeaders : event.headers;
        EventMap query = used(event.multiValueQueryStringParameters) ? event.multiValueQueryStringParameters
                : event.queryStringParameters;
        EventFields.check(limits.headerRefusal(EventFields.count(headers), EventFields.headerBytes(headers, null)));
        EventFields.check(limits.urlRefusal(path.length() + queryLength(query)));
        EventFields.check(limits.queryRefusal(EventFields.count(query)));
        HttpRequest.Builder request = HttpRequest.builder(method, path)
                .platformRequestId(event.requestId)
                .body(EventFields.body(event, limits));
        EventFields.eachValue(headers, request::header);
        EventFields.eachValue(query, request::query);
        EventFields.caller(event).ifPresent(request::caller);
        return request;
    }

    private static boolean used(EventMap map) {
        return map != null && map.size() > 0;
    }

    /**
     * The length of the query as {@code ?name=value&...}: payload 1.0 hands it over decoded, so
     * this is the decoded length, which is never more than what the client sent.
     */
    private static long queryLength(EventMap query) {
        long[] length = {0};
        EventFields.eachValue(query, (name, value) -> length[0] += name.length() + value.length() + 2);
        return length[0];
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
