package dev.skiff.local;

import dev.skiff.core.CorrelationIds;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.Exchange;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter: Undertow exchange to {@link HttpRequest}, through the {@link Dispatcher} (or an
 * extra {@link LocalEndpoint}), and the response back. Everything here runs on a worker
 * thread, never on an IO thread.
 */
final class ApplicationHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationHandler.class);

    private final long maxBodyBytes;
    private final LiveApplication live;
    private final LocalEndpoint endpoint;
    private final boolean trustWebAdapterContext;

    /**
     * Serves {@code endpoint} (null: the application's dispatcher); with
     * {@code trustWebAdapterContext}, callers are read from the Lambda Web Adapter's header.
     */
    ApplicationHandler(LiveApplication live, long maxBodyBytes, LocalEndpoint endpoint, boolean trustWebAdapterContext) {
        this.live = live;
        this.maxBodyBytes = maxBodyBytes;
        this.endpoint = endpoint;
        this.trustWebAdapterContext = trustWebAdapterContext;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        HttpResponse response;
        try {
            response = answer(exchange);
        } catch (IOException clientGone) {
            LOG.debug("Request body could not be read; the client went away", clientGone);
            exchange.setPersistent(false);
            exchange.endExchange();
            return;
        }
        try {
            ResponseWriter.write(exchange, response);
        } catch (IOException clientGone) {
            LOG.info("Response for {} {} not completed: the client went away ({})", exchange.getRequestMethod(),
                    exchange.getRequestURI(), clientGone.toString());
            exchange.setPersistent(false);
        } catch (RuntimeException streamFailed) {
            // Only a streamed body runs application code while writing; the status is already sent.
            LOG.error("Streamed response for {} {} failed part-way (correlation id {}); ending it",
                    exchange.getRequestMethod(), exchange.getRequestURI(),
                    response.headers().first(CorrelationIds.HEADER).orElse("-"), streamFailed);
            exchange.setPersistent(false);
        } finally {
            exchange.endExchange();
        }
    }

    private HttpResponse answer(HttpServerExchange exchange) throws IOException {
        // One request sees one version of the application, even if it is replaced meanwhile.
        LiveApplication.Version version = live.current();
        HttpRequest.Builder request = ExchangeRequests.head(exchange, trustWebAdapterContext);
        byte[] body;
        try {
            body = BodyReader.read(exchange, maxBodyBytes);
        } catch (BodyTooLargeException tooLarge) {
            return tooLarge(exchange, request.build(), tooLarge.limit());
        }
        try {
            if (endpoint != null) {
                return endpoint.handle(request.body(body).build(), version.application());
            }
            Exchange result = version.dispatcher().dispatch(request.body(body).build());
            return result.response();
        } catch (Exception unexpected) {
            // The dispatcher maps handler failures itself; this is a fault in the adapter or core.
            LOG.error("Answering {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), unexpected);
            return ErrorResponses.internalError();
        }
    }

    private static HttpResponse tooLarge(HttpServerExchange exchange, HttpRequest request, long limit) {
        HttpResponse response = ErrorResponses.detail(413, "Request body too large: the limit is " + limit + " bytes");
        response.headers().set(CorrelationIds.HEADER, CorrelationIds.of(request));
        // The rest of the body is unread: close the connection rather than drain it.
        response.headers().set("connection", "close");
        exchange.setPersistent(false);
        return response;
    }
}
