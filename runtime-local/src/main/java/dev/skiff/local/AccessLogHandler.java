package dev.skiff.local;

import dev.skiff.core.CorrelationIds;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per request once its response is complete (a stream's last chunk included):
 * {@code GET /items/1 200 3 ms correlation_id=4f1c...}. The request's thread only queues the
 * line; {@link AccessLogWriter}'s thread writes it.
 */
final class AccessLogHandler implements HttpHandler {
    /** The logger's name, so that users can route or silence the access log. */
    static final String LOGGER_NAME = "dev.skiff.local.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /**
     * Set on an exchange that a {@link dev.skiff.core.RequestObserver} writes the access line of
     * (behind the Lambda Web Adapter, the Lambda handler's line): this one is then not written.
     */
    static final AttachmentKey<Boolean> OBSERVED = AttachmentKey.create(Boolean.class);

    /**
     * Set while a request's body is being read. A request that ends meanwhile was not answered:
     * Undertow closed the connection itself (its chunked decoder does on a broken chunk), or the
     * client went away mid-body; its line records 400, not the 200 Undertow's exchange starts with.
     */
    static final AttachmentKey<Boolean> READING_BODY = AttachmentKey.create(Boolean.class);

    private final HttpHandler next;
    private final AccessLogWriter writer;

    AccessLogHandler(HttpHandler next, AccessLogWriter writer) {
        this.next = next;
        this.writer = writer;
    }

    /** The writer of the lines, started and closed with the server. */
    static AccessLogWriter writer() {
        return AccessLogWriter.to(LOG);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                log(done, (System.nanoTime() - start) / 1_000_000);
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private void log(HttpServerExchange exchange, long millis) {
        if (exchange.getAttachment(OBSERVED) != null || !LOG.isInfoEnabled()) {
            return;
        }
        String correlationId = exchange.getResponseHeaders().getFirst(CorrelationIds.HEADER);
        String path = exchange.getRequestURI();
        String query = exchange.getQueryString();
        if (query != null && !query.isEmpty()) {
            path = path + '?' + query;
        }
        int status = exchange.getAttachment(READING_BODY) != null ? 400 : exchange.getStatusCode();
        writer.write(new AccessLogWriter.Line(exchange.getRequestMethod() + " " + path + " " + status + " " + millis
                + " ms correlation_id=" + (correlationId == null ? "-" : correlationId), correlationId));
    }
}
