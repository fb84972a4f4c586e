package dev.skiff.core;

import dev.skiff.api.HttpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one dispatch path both runtimes share: route the request, run the operation, and map
 * every outcome to DESIGN.md's error table. A stack trace or exception message never
 * reaches the client; an unexpected failure is logged with its correlation id.
 *
 * <pre>{@code
 * Dispatcher dispatcher = new Dispatcher(app, List.of());
 * Exchange exchange = dispatcher.dispatch(request);
 * }</pre>
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** The MDC key holding the correlation id while a request is dispatched (Powertools' key). */
    public static final String MDC_CORRELATION_ID = "correlation_id";

    private final Application application;
    private final Router router;
    private final List<OperationInterceptor> interceptors;
    private final CorsPolicy cors;

    /**
     * @param application  what to dispatch to, with its own interceptors, exception handlers and CORS
     * @param interceptors the runtime's own (tracing, say), outside the application's
     * @throws IllegalStateException if a route has a dependency without a resolver, naming both
     */
    public Dispatcher(Application application, List<OperationInterceptor> interceptors) {
        this.application = application;
        this.router = application.router();
        List<OperationInterceptor> all = new ArrayList<>(interceptors);
        all.addAll(application.interceptors());
        this.interceptors = List.copyOf(all);
        this.cors = application.cors().orElse(null);
        application.checkResolvers();
    }

    /** Dispatches with a correlation id chosen by {@link CorrelationIds#of}. */
    public Exchange dispatch(HttpRequest request) {
        return dispatch(request, CorrelationIds.of(request));
    }

    /** Dispatches {@code request}; never throws. */
    public Exchange dispatch(HttpRequest request, String correlationId) {
        return dispatch(request, correlationId, null);
    }

    /**
     * Dispatches {@code request} to a route a runtime already found for it, with this
     * dispatcher's router, for the request's own method and path (the local server looks once on
     * its IO thread to choose a thread); {@code found} null: looked up here. Never throws.
     */
    public Exchange dispatch(HttpRequest request, String correlationId, Lookup.Found found) {
        String previous = MDC.get(MDC_CORRELATION_ID);
        // A runtime that already put this id (the Lambda handler, for its access line) keeps it.
        boolean alreadySet = correlationId.equals(previous);
        if (!alreadySet) {
            MDC.put(MDC_CORRELATION_ID, correlationId);
        }
        try {
            boolean preflight = cors != null && cors.isPreflight(request);
            Exchange exchange = preflight ? new Exchange(cors.preflight(request), null, correlationId, null)
                    : found != null ? invoke(found, request, correlationId, false) : route(request, correlationId);
            exchange.response().headers().set(CorrelationIds.HEADER, correlationId);
            if (cors != null && !preflight) {
                // A preflight's answer already carries the policy's headers.
                cors.apply(request, exchange.response());
            }
            return exchange;
        } finally {
            if (!alreadySet) {
                restoreCorrelationId(previous);
            }
        }
    }

    private Exchange route(HttpRequest request, String correlationId) {
        String[] segments = PathSegments.split(request.rawPath());
        if (segments == null) {
            return new Exchange(ErrorResponses.notFound(), null, correlationId, null);
        }
        String method = request.method();
        Lookup lookup = router.lookup(method, segments);
        boolean headAsGet = false;
        if (!(lookup instanceof Lookup.Found) && method.equals("HEAD")) {
            // As Starlette does: every GET route answers HEAD, without the body.
            Lookup asGet = router.lookup("GET", segments);
            if (asGet instanceof Lookup.Found) {
                lookup = asGet;
                headAsGet = true;
            }
        }
        if (lookup instanceof Lookup.Found found) {
            Exchange exchange = invoke(found, request, correlationId, headAsGet);
            return headAsGet ? withoutBody(exchange) : exchange;
        }
        if (lookup instanceof Lookup.MethodNotAllowed notAllowed) {
            Set<String> allowed = new TreeSet<>(notAllowed.allowed());
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            return new Exchange(ErrorResponses.methodNotAllowed(allowed), null, correlationId, null);
        }
        return new Exchange(ErrorResponses.notFound(), null, correlationId, null);
    }

    private Exchange invoke(Lookup.Found found, HttpRequest request, String correlationId, boolean headAsGet) {
        Route route = found.route();
        CallContext context = new CallContext(request, route, correlationId, application);
        Call call = new Call(request, found.pathValues(), context);
        Exchange exchange = answer(route, context, call, correlationId);
        HttpResponse response = exchange.response();
        if (response.isStreaming() && !headAsGet) {
            // HEAD never writes the stream, so its dependencies are closed at once, below
            return new Exchange(writtenInContext(response, correlationId, context), route, correlationId,
                    exchange.failure());
        }
        context.closeDependencies();
        return exchange;
    }

    private Exchange answer(Route route, CallContext context, Call call, String correlationId) {
        try {
            return new Exchange(proceed(0, route, context, call), route, correlationId, null);
        } catch (Exception | StackOverflowError | AssertionError failure) {
            Optional<ExceptionHandler<Throwable>> handler = application.exceptionHandler(failure);
            if (handler.isEmpty()) {
                return byErrorTable(failure, route, correlationId);
            }
            try {
                return new Exchange(handler.get().handle(failure, context), route, correlationId, null);
            } catch (Exception | StackOverflowError | AssertionError handlerFailure) {
                handlerFailure.addSuppressed(failure);
                LOG.error("The exception handler for {} failed in {} (correlation id {})",
                        failure.getClass().getName(), route.key(), correlationId, handlerFailure);
                return new Exchange(ErrorResponses.internalError(), route, correlationId, handlerFailure);
            }
        }
    }

    /** DESIGN.md's error table: what answers an exception no application handler took. */
    private static Exchange byErrorTable(Throwable thrown, Route route, String correlationId) {
        try {
            throw thrown;
        } catch (RequestValidationException invalid) {
            return new Exchange(ErrorResponses.validation(invalid.problems()), route, correlationId, null);
        } catch (HttpException http) {
            HttpResponse response = ErrorResponses.detail(http.status(), http.detail());
            for (Map.Entry<String, String> header : http.headers()) {
                response.headers().add(header.getKey(), header.getValue());
            }
            return new Exchange(response, route, correlationId, null);
        } catch (StatusException status) {
            return new Exchange(ErrorResponses.detail(status.status(), status.detail()), route, correlationId, null);
        } catch (Throwable failure) {
            LOG.error("Unhandled exception in {} (correlation id {})", route.key(), correlationId, failure);
            return new Exchange(ErrorResponses.internalError(), route, correlationId, failure);
        }
    }

    private HttpResponse proceed(int index, Route route, CallContext context, Call call) throws Exception {
        if (index == interceptors.size()) {
            return route.invoker().invoke(call);
        }
        return interceptors.get(index).around(route, context, call, next -> proceed(index + 1, route, context, next));
    }

    /**
     * The runtime writes a stream after dispatch returned, and may log about it after it ends (the
     * Lambda access line): while it is written the correlation id is the request's, and what was
     * there before comes back after; the request's dependencies live until it ended, however it
     * ended.
     */
    private static HttpResponse writtenInContext(HttpResponse response, String correlationId, CallContext context) {
        StreamBody body = response.stream();
        HttpResponse wrapped = HttpResponse.streaming(response.status(), null, sink -> {
            String previous = MDC.get(MDC_CORRELATION_ID);
            MDC.put(MDC_CORRELATION_ID, correlationId);
            try {
                body.writeTo(sink);
            } finally {
                try {
                    context.closeDependencies();
                } finally {
                    restoreCorrelationId(previous);
                }
            }
        });
        wrapped.headers().remove("content-type");
        response.headers().forEach((name, values) -> values.forEach(value -> wrapped.headers().add(name, value)));
        return wrapped;
    }

    /** Puts back the correlation id a runtime had in the MDC before, or none. */
    private static void restoreCorrelationId(String previous) {
        if (previous == null) {
            MDC.remove(MDC_CORRELATION_ID);
        } else {
            MDC.put(MDC_CORRELATION_ID, previous);
        }
    }

    private static Exchange withoutBody(Exchange exchange) {
        HttpResponse original = exchange.response();
        HttpResponse head = HttpResponse.empty(original.status());
        original.headers().forEach((name, values) -> values.forEach(value -> head.headers().add(name, value)));
        return new Exchange(head, exchange.route(), exchange.correlationId(), exchange.failure());
    }
}
