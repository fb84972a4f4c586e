package dev.skiff.local;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/** Serves the application's {@code openapi.json}, with an ETag, from the current version. */
final class OpenApiHandler implements HttpHandler {
    private final LiveApplication live;
    private volatile byte[] servedBytes;
    private volatile StaticContent served;

    OpenApiHandler(LiveApplication live) {
        this.live = live;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this); // the first read comes from the class path
            return;
        }
        content().send(exchange);
    }

    private StaticContent content() {
        byte[] bytes = live.application().openApiJson();
        StaticContent content = served;
        if (content == null || servedBytes != bytes) { // a reloaded application brings a new document
            content = StaticContent.of(bytes, "application/json");
            served = content;
            servedBytes = bytes;
        }
        return content;
    }
}
