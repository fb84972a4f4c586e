package dev.skiff.local;

import dev.skiff.core.CorrelationIds;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.Exchange;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.PathSegments;
import dev.skiff.core.RequestObserver;
import dev.skiff.support.RequestLimits;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * The adapter: Undertow exchange to {@link HttpRequest}, through the {@link Dispatcher} (or an
 * extra {@link LocalEndpoint}), and the response back. Everything runs on a worker thread,
 * except a request to a route declared {@link dev.skiff.api.NonBlocking} ({@link dev.skiff.core.Route#nonBlocking()}),
 * answered on its IO thread when nothing on the way may block: no request observer installed,
 * and a body of at most {@link #IO_THREAD_MAX_BODY} bytes declared by its Content-Length (a
 * chunked or larger body goes to a worker, where the limit and idle timeout are enforced as it
 * arrives). On the IO thread the body is received without blocking ({@code receiveFullBytes}),
 * for at most the idle timeout in all, and the response is sent without blocking.
 */
final class ApplicationHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationHandler.class);

    private final RequestLimits limits;
    private final LiveApplication live;
    private final LocalEndpoint endpoint;
    private final boolean trustWebAdapterContext;
    private final Observers observers;

    /**
     * Serves {@code endpoint} (null: the application's dispatcher); with
     * {@code trustWebAdapterContext}, callers are read from the Lambda Web Adapter's header.
     */
    ApplicationHandler(LiveApplication live, RequestLimits limits, LocalEndpoint endpoint, boolean trustWebAdapterContext,
                       Observers observers) {
        this.live = live;
        this.limits = limits;
        this.endpoint = endpoint;
        this.trustWebAdapterContext = trustWebAdapterContext;
        this.observers = observers;
    }

    /** The largest body answered on the IO thread: a few packets, read whole within the idle timeout. */
    static final long IO_THREAD_MAX_BODY = 64 * 1024;

    /**
     * The route the IO thread found, with the version of the application it found it in: the
     * worker answers with both rather than looking again.
     */
    private record Routed(LiveApplication.Version version, Lookup.Found found) {}

    private static final AttachmentKey<Routed> ROUTED = AttachmentKey.create(Routed.class);

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            LiveApplication.Version version = live.current();
            Lookup.Found found = ioThreadCandidate(exchange, version);
            if (found != null && found.route().nonBlocking()) {
                answerOnIoThread(exchange, version, found);
                return;
            }
            if (found != null) {
                exchange.putAttachment(ROUTED, new Routed(version, found));
            }
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        // One request sees one version of the application, even if it is replaced meanwhile.
        Routed routed = exchange.removeAttachment(ROUTED);
        LiveApplication.Version version = routed != null ? routed.version() : live.current();
        Lookup.Found found = routed != null ? routed.found() : null;
        HttpRequest.Builder request = ExchangeRequests.head(exchange, trustWebAdapterContext);
        HttpRequest head = request.build();
        // Chosen once: the observer's access line, the handler's logs and the response header agree.
        String correlationId = CorrelationIds.of(head);
        RequestObserver.Observation observation = observers.begin(head, correlationId);
        if (observation == null) {
            serve(exchange, version, found, request, correlationId);
            return;
        }
        exchange.putAttachment(AccessLogHandler.OBSERVED, Boolean.TRUE);
        if (observation.metrics() != null) {
            request.metrics(observation.metrics());
        }
        if (observation.platformContext() != null) {
            request.platformContext(observation.platformContext());
        }
        Served served = null;
        try {
            served = serve(exchange, version, found, request, correlationId);
        } finally {
            // Whatever happened, the observation ends on this thread and leaves nothing behind.
            observation.ended(served == null ? null : served.route(), served == null ? 500 : served.status(),
                    served != null && served.streamed(), served == null || served.failed());
        }
    }

    /**
     * The route of a request that might be answered on this IO thread (its own route decides),
     * or null when it must go to a worker whatever its route: no route of the application is
     * non-blocking, an observer is installed, or the body may be large or slow.
     */
    private Lookup.Found ioThreadCandidate(HttpServerExchange exchange, LiveApplication.Version version) {
        if (!version.anyNonBlocking() || endpoint != null || !observers.none()) {
            return null;
        }
        long declared;
        try {
            declared = exchange.getRequestContentLength();
        } catch (NumberFormatException invalid) {
            return null; // the worker answers it as BodyReader does
        }
        if (declared > IO_THREAD_MAX_BODY || declared > limits.maxBodyBytes()
                || (declared < 0 && !exchange.isRequestComplete())) {
            return null;
        }
        String[] segments = PathSegments.split(ExchangeRequests.rawPath(exchange));
        if (segments == null) {
            return null;
        }
        Lookup lookup = version.application().router().lookup(exchange.getRequestMethod().toString(), segments);
        return lookup instanceof Lookup.Found found ? found : null;
    }

    /** Receives the body without blocking, then answers on this IO thread. */
    private void answerOnIoThread(HttpServerExchange exchange, LiveApplication.Version version, Lookup.Found found) {
        HttpRequest.Builder request = ExchangeRequests.head(exchange, trustWebAdapterContext);
        String correlationId = CorrelationIds.of(request.build());
        exchange.putAttachment(AccessLogHandler.READING_BODY, Boolean.TRUE);
        IdleWatch watch = IdleWatch.on(exchange, limits.idleTimeout());
        exchange.getRequestReceiver().receiveFullBytes((done, body) -> {
            watch.stop();
            done.removeAttachment(AccessLogHandler.READING_BODY);
            HttpResponse response;
            try {
                response = version.dispatcher().dispatch(request.body(body).build(), correlationId, found).response();
            } catch (RuntimeException | Error unexpected) {
                // as on a worker: a StackOverflowError here would otherwise leave the exchange open
                LOG.error("Answering {} {} failed", done.getRequestMethod(), done.getRequestURI(), unexpected);
                response = ErrorResponses.internalError(correlationId);
            }
            if (response.isStreaming()) {
                // not from a route the processor marked; written, blocking, where writing may block
                HttpResponse streamed = response;
                done.dispatch(() -> {
                    done.startBlocking();
                    writeBlocking(done, streamed);
                });
                return;
            }
            ResponseWriter.send(done, response);
        }, (done, unreadable) -> {
            watch.stop();
            LOG.debug("Request body of {} {} could not be read", done.getRequestMethod(), done.getRequestURI(),
                    unreadable);
            if (!done.isResponseStarted() && done.getConnection().isOpen()) {
                ResponseWriter.send(done, unreadableBody(done, correlationId));
            } else {
                done.endExchange();
            }
        });
        // The receiver calls back at once when the body came with the headers (then stopped, this
        // does nothing); else later, on this same IO thread, so the watch is armed before it can run.
        watch.arm();
    }

    /** How a request was answered, for its observation. */
    private record Served(String route, int status, boolean streamed, boolean failed) {}

    private Served serve(HttpServerExchange exchange, LiveApplication.Version version, Lookup.Found found,
                         HttpRequest.Builder request, String correlationId) {
        Answer answer;
        try {
            answer = answer(exchange, version, found, request, correlationId);
        } catch (IOException unreadable) {
            // A broken chunk, a body cut short, a client gone: answered if the client still listens.
            LOG.debug("Request body of {} {} could not be read", exchange.getRequestMethod(), exchange.getRequestURI(),
                    unreadable);
            if (!exchange.isResponseStarted() && exchange.getConnection().isOpen()) {
                try {
                    ResponseWriter.write(exchange, unreadableBody(exchange, correlationId));
                } catch (IOException | IllegalStateException clientGone) {
                    LOG.debug("The 400 could not be sent either", clientGone);
                }
            }
            // else Undertow closed the connection itself (its chunked decoder does on any failure)
            exchange.endExchange();
            return new Served(null, 400, false, true);
        }
        HttpResponse response = answer.response();
        boolean written = writeBlocking(exchange, response);
        return new Served(answer.route(), response.status(), response.isStreaming(), !written);
    }

    /**
     * Writes {@code response} on this worker thread and ends the exchange; false when it could not
     * be completed, and was then {@link #cutShort}.
     */
    private static boolean writeBlocking(HttpServerExchange exchange, HttpResponse response) {
        try {
            ResponseWriter.write(exchange, response);
            return true;
        } catch (IOException clientGone) {
            // or stopped reading for the idle timeout (Undertow's write timeout), or closed it
            LOG.info("Response for {} {} not completed: the client went away ({})", exchange.getRequestMethod(),
                    exchange.getRequestURI(), clientGone.toString());
            cutShort(exchange);
            return false;
        } catch (RuntimeException | Error streamFailed) {
            // Only a streamed body runs application code while writing; the status is already sent.
            LOG.error("Streamed response for {} {} failed part-way (correlation id {}); ending it",
                    exchange.getRequestMethod(), exchange.getRequestURI(),
                    response.headers().first(CorrelationIds.HEADER).orElse("-"), streamFailed);
            cutShort(exchange);
            return false;
        } finally {
            exchange.endExchange();
        }
    }

    /** The 400 for a body that could not be read (a broken chunk, a body cut short), on a closing connection. */
    private static HttpResponse unreadableBody(HttpServerExchange exchange, String correlationId) {
        return closing(exchange, ErrorResponses.detail(400, "Invalid HTTP request: the body could not be read"),
                correlationId);
    }

    /**
     * Ends a streamed response that failed part-way by closing its connection, before the last
     * chunk that would tell the client the body is complete: the client sees a body cut short,
     * not a stream that merely ended (uvicorn does the same; on Lambda the error trailers say it).
     */
    private static void cutShort(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        IoUtils.safeClose(exchange.getConnection());
    }

    /** The response, and the key of the route that produced it (null: none matched). */
    private record Answer(HttpResponse response, String route) {}

    private Answer answer(HttpServerExchange exchange, LiveApplication.Version version, Lookup.Found found,
                          HttpRequest.Builder request, String correlationId) throws IOException {
        byte[] body;
        // left set when reading fails with an IOException: the request may end before it is answered
        exchange.putAttachment(AccessLogHandler.READING_BODY, Boolean.TRUE);
        try {
            body = BodyReader.read(exchange, limits.maxBodyBytes(), limits.idleTimeout());
        } catch (BodyTooLargeException tooLarge) {
            exchange.removeAttachment(AccessLogHandler.READING_BODY);
            return new Answer(closing(exchange, limits.bodyTooLarge().response(), correlationId), null);
        } catch (BodyReader.BadBodyException bad) {
            exchange.removeAttachment(AccessLogHandler.READING_BODY);
            return new Answer(closing(exchange, ErrorResponses.detail(400, bad.getMessage()), correlationId), null);
        }
        exchange.removeAttachment(AccessLogHandler.READING_BODY);
        try {
            if (endpoint != null) {
                return new Answer(endpoint.handle(request.body(body).build(), version.application()), null);
            }
            Exchange result = version.dispatcher().dispatch(request.body(body).build(), correlationId, found);
            return new Answer(result.response(), result.route() == null ? null : result.route().key());
        } catch (Exception unexpected) {
            // The dispatcher maps handler failures itself; this is a fault in the adapter or core.
            LOG.error("Answering {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), unexpected);
            return new Answer(ErrorResponses.internalError(correlationId), null);
        }
    }

    /** {@code response}, tagged with the correlation id, on a connection closed after it: the body is left unread. */
    private static HttpResponse closing(HttpServerExchange exchange, HttpResponse response, String correlationId) {
        response.headers().set(CorrelationIds.HEADER, correlationId);
        response.headers().set("connection", "close");
        exchange.setPersistent(false);
        return response;
    }
}
