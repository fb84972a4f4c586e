package dev.skiff.local;

import dev.skiff.core.CallerIdentities;
import dev.skiff.core.HttpRequest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

/** Reads the parts of an Undertow exchange that come before the body into a request builder. */
final class ExchangeRequests {
    private ExchangeRequests() {}

    /**
     * Method, percent-encoded path, query and headers, and with {@code trustWebAdapterContext}
     * the caller and API Gateway's request id (the default correlation id, as on the Lambda
     * handler) from the Lambda Web Adapter's request context; the caller adds the body.
     */
    static HttpRequest.Builder head(HttpServerExchange exchange, boolean trustWebAdapterContext) {
        HttpRequest.Builder builder = HttpRequest.builder(exchange.getRequestMethod().toString(), rawPath(exchange))
                .rawQuery(exchange.getQueryString());
        for (HeaderValues values : exchange.getRequestHeaders()) {
            String name = values.getHeaderName().toString();
            for (String value : values) {
                builder.header(name, value);
            }
        }
        if (trustWebAdapterContext) {
            CallerIdentities.WebAdapterRequest context = CallerIdentities.WebAdapterRequest.of(
                    exchange.getRequestHeaders().getFirst(CallerIdentities.WEB_ADAPTER_HEADER));
            context.caller().ifPresent(builder::caller);
            context.requestId().ifPresent(builder::platformRequestId);
        }
        return builder;
    }

    /**
     * The path exactly as the client sent it. Undertow's request path is already decoded, which
     * would turn {@code %2F} into a segment break; the request URI is not, so the router's own
     * split-then-decode keeps an encoded slash inside its segment.
     */
    static String rawPath(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        if (exchange.isHostIncludedInRequestURI()) {
            // Absolute-form request target (http://host/path): drop scheme and authority.
            int authority = uri.indexOf("://");
            int slash = authority < 0 ? -1 : uri.indexOf('/', authority + 3);
            uri = slash < 0 ? "/" : uri.substring(slash);
        }
        return uri.isEmpty() ? "/" : uri;
    }
}
