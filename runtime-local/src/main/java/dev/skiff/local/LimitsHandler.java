package dev.skiff.local;

import dev.skiff.core.HttpResponse;
import dev.skiff.core.QueryStrings;
import dev.skiff.support.RequestLimits;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

/**
 * Refuses a request past {@link RequestLimits}' URL, query and header limits before anything
 * else sees it (the application, the docs pages), on the IO thread: 414 or 431 with a JSON
 * {@code detail}, the connection closed since the body, if any, is left unread.
 */
final class LimitsHandler implements HttpHandler {
    private final RequestLimits limits;
    private final HttpHandler next;

    LimitsHandler(RequestLimits limits, HttpHandler next) {
        this.limits = limits;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        RequestLimits.Refusal refusal = refusal(exchange);
        if (refusal == null) {
            next.handleRequest(exchange);
            return;
        }
        HttpResponse refused = refusal.response();
        refused.headers().set("connection", "close");
        exchange.setPersistent(false);
        ResponseWriter.send(exchange, refused);
    }

    private RequestLimits.Refusal refusal(HttpServerExchange exchange) {
        String query = exchange.getQueryString();
        int queryLength = query == null || query.isEmpty() ? 0 : query.length() + 1;
        RequestLimits.Refusal refused = limits.urlRefusal((long) exchange.getRequestURI().length() + queryLength);
        if (refused == null && queryLength > 0) {
            refused = limits.queryRefusal(QueryStrings.count(query));
        }
        if (refused == null) {
            int count = 0;
            long bytes = 0;
            for (HeaderValues values : exchange.getRequestHeaders()) {
                int name = values.getHeaderName().length();
                for (String value : values) {
                    count++;
                    bytes += name + value.length();
                }
            }
            refused = limits.headerRefusal(count, bytes);
        }
        return refused;
    }
}
