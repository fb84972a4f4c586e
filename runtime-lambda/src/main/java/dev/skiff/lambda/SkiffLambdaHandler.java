package dev.skiff.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.skiff.core.Application;
import dev.skiff.core.CorrelationIds;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.Exchange;
import dev.skiff.core.CorsPolicy;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.lambda.event.ApiEvent;
import dev.skiff.lambda.event.ApiEventReader;
import dev.skiff.lambda.event.ApiResponseWriter;
import dev.skiff.lambda.event.EventFormat;
import dev.skiff.lambda.event.EventRefusedException;
import dev.skiff.support.RequestLimits;
import dev.skiff.lambda.event.EventText;
import dev.skiff.lambda.event.MalformedEventException;
import dev.skiff.lambda.observability.Backends;
import dev.skiff.lambda.observability.InvocationRecord;
import dev.skiff.lambda.observability.InvocationScope;
import dev.skiff.lambda.observability.InvocationRecord.StreamEnd;
import dev.skiff.lambda.spi.InvocationMetrics;
import dev.skiff.lambda.spi.ObservabilityBackend;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import dev.skiff.operations.ApiOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Lambda entrypoint for a Skiff application behind API Gateway (REST payload 1.0, HTTP API
 * payload 2.0) or a Function URL. Subclass it with a no-argument constructor that passes the
 * generated application, and name the subclass in the deployment:
 *
 * <pre>{@code
 * public final class ItemsLambdaHandler extends SkiffLambdaHandler {
 *     public ItemsLambdaHandler() {
 *         super(ItemsApplication.create());
 *     }
 * }
 * // handler: dev.skiff.samples.items.ItemsLambdaHandler::handleRequest
 * }</pre>
 *
 * <p>Everything the first request needs is built in the constructor (Lambda's init phase), and
 * a CRaC resource primes the rest before a SnapStart snapshot without calling any handler.
 * The event is read from the input with jackson-core's streaming parser straight into the request
 * (no JSON tree, no databind); the response is written in the event's format. Each invocation logs one
 * access line, writes its metrics once (EMF by default) and, when sampled, sends X-Ray
 * subsegments. Nothing thrown escapes:
 * an unreadable event is answered 400, an unexpected failure 500, both logged.
 *
 * <p>Behind a REST API's proxy integration, where API Gateway answers only the CORS preflight, the
 * {@code ALLOWED_ORIGINS} variable (comma-separated origins, or {@code *}) gives an application
 * without a CORS policy of its own {@link CorsPolicy#fromEnvironment}, so that every answer,
 * errors included, names the request's origin when it is allowed.
 *
 * <p>In a deployment of one function per operation, the {@code SKIFF_OPERATION} variable names the
 * function's operation ({@link ApiOperation#ISOLATION_VARIABLE}) and every other route answers 404.
 *
 * <p>A benchmark or test can drive it from a plain {@code main}:
 * {@code handler.handleRequest(new ByteArrayInputStream(event), out, null)}.
 */
public abstract class SkiffLambdaHandler implements RequestStreamHandler {
    /** The {@code route} dimension and access-log route of requests that matched no route. */
    public static final String UNMATCHED = "UNMATCHED";

    private static final ObservabilityBackend DISCOVERED = Backends.discovered();
    private static final Logger LOG = LoggerFactory.getLogger(SkiffLambdaHandler.class);

    private final Dispatcher dispatcher;
    private final InvocationScope.Observed observed;
    private final boolean logEvent;
    /** The application's CORS policy, for the answers made outside the dispatcher; or null. */
    private final CorsPolicy cors;
    private final ApiEventReader reader;
    private final ApiResponseWriter writer = new ApiResponseWriter();
    /** Held strongly: CRaC keeps only weak references to registered resources. */
    private final Priming priming;

    /** Serves {@code application} with the registered observability backend, else the lean default. */
    protected SkiffLambdaHandler(Application application) {
        this(application, DISCOVERED);
    }

    /** Serves {@code application} with an explicit observability backend (null: the default). */
    protected SkiffLambdaHandler(Application application, ObservabilityBackend backend) {
        this(application, backend, System::getenv, System.out);
    }

    /** For tests and harnesses: the environment and standard output are given. */
    SkiffLambdaHandler(Application application, ObservabilityBackend backend, Function<String, String> env,
                       PrintStream stdout) {
        Objects.requireNonNull(application, "application");
        application = served(application, env.apply(ApiOperation.ISOLATION_VARIABLE));
        application = withDeploymentCors(application, env);
        this.observed = InvocationScope.Observed.of(backend, env, stdout);
        this.logEvent = "true".equalsIgnoreCase(env.apply("POWERTOOLS_LOGGER_LOG_EVENT"));
        this.reader = new ApiEventReader(RequestLimits.of(env));
        this.cors = application.cors().orElse(null);
        this.dispatcher = new Dispatcher(application, List.of(observed.tracing()));
        this.priming = Priming.register(application, dispatcher, writer, observed.environment());
    }

    /**
     * Behind a REST API's proxy integration API Gateway answers only the preflight: the CDK
     * construct passes the allowed origins in {@code ALLOWED_ORIGINS}, and an application without
     * a CORS policy of its own gets {@link CorsPolicy#fromEnvironment} over them, so that its
     * answers name the origin. An application's own policy wins.
     */
    private static Application withDeploymentCors(Application application, Function<String, String> env) {
        String origins = env.apply(CorsPolicy.VARIABLE);
        return application.cors().isPresent() || origins == null || origins.isBlank() ? application
                : application.withCors(CorsPolicy.fromEnvironment(env));
    }

    /**
     * An isolated deployment (one function per operation) names the function's operation in
     * {@link ApiOperation#ISOLATION_VARIABLE}: the function then answers that operation only, and
     * primes only it. A name that is no operation of the application fails the init phase.
     */
    private static Application served(Application application, String operationId) {
        return operationId == null || operationId.isEmpty() ? application : application.servingOnly(operationId);
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        invoke(input.readAllBytes(), context, ResponseChannel.wholeTo(output));
    }

    /**
     * Runs one invocation of {@code event} and answers it through {@code channel}: streamed, in
     * Lambda's HTTP integration format, when the operation returns a stream and the channel can
     * stream; whole otherwise. Logs, metrics and tracing are the same either way, and are written
     * when the response has ended. Only the channel's own failure is thrown, after the invocation
     * is recorded; everything else is answered (400 for an unreadable event, 500 for a failure).
     * Safe to call from several threads at once, one invocation per thread.
     */
    public final void invoke(byte[] event, Context context, ResponseChannel channel) throws IOException {
        IOException channelFailed = null;
        try (InvocationScope scope = InvocationScope.begin(observed, context)) {
            Outcome outcome = run(event, context, scope.metrics());
            StreamEnd end = null;
            if (outcome.response().isStreaming() && channel.canStream()) {
                StreamedResponses.Result streamed = StreamedResponses.send(outcome, channel, writer);
                outcome = streamed.outcome();
                end = streamed.end();
                channelFailed = streamed.channelFailure();
            } else {
                outcome = whole(outcome);
                try {
                    channel.whole(writer.toBytes(outcome.response(), outcome.format()));
                } catch (IOException failed) {
                    channelFailed = failed;
                }
            }
            scope.record(LOG, InvocationRecord.of(outcome.method(), outcome.path(), outcome.route(),
                    outcome.response().status(), scope.startedNanos(), end));
        }
        if (channelFailed != null) {
            throw channelFailed;
        }
    }

    /** Collects a streamed body before anything is written, so a failing stream still gets a 500. */
    private static Outcome whole(Outcome outcome) {
        try {
            HttpResponse response = ApiResponseWriter.collect(outcome.response());
            return response == outcome.response() ? outcome : outcome.with(response);
        } catch (IOException | RuntimeException | Error failure) {
            LOG.error("The response body of {} {} failed while being produced", outcome.method(), outcome.path(), failure);
            return outcome.failed();
        }
    }

    /** What one invocation produced, for the response, the access log and the metrics. */
    record Outcome(HttpResponse response, EventFormat format, String method, String path, String route) {
        Outcome with(HttpResponse replaced) {
            return new Outcome(replaced, format, method, path, route);
        }

        /** This outcome as a 500 that keeps the response's correlation id and CORS headers. */
        Outcome failed() {
            HttpResponse failed = response.headers().first(CorrelationIds.HEADER)
                    .map(ErrorResponses::internalError).orElseGet(ErrorResponses::internalError);
            for (String header : List.of("access-control-allow-origin", "vary")) {
                response.headers().all(header).forEach(value -> failed.headers().add(header, value));
            }
            return with(failed);
        }
    }

    private Outcome run(byte[] input, Context context, InvocationMetrics metrics) {
        ApiEvent event;
        try {
            event = reader.read(input, context, metrics);
        } catch (MalformedEventException unreadable) {
            // Not the caller's doing in HTTP's sense (API Gateway never sends such an event), but
            // nothing else can answer it: 400, and an ERROR for whoever invoked the function directly.
            LOG.error("The invocation's event could not be read: {}", unreadable.getMessage(), unreadable);
            return refused(unreadable);
        } catch (EventRefusedException overLimit) {
            LOG.warn("The request was refused before routing: {}", overLimit.detail());
            return refused(overLimit);
        } catch (RuntimeException | Error unexpected) {
            // A failure of the event reader itself: the adapter's, never the caller's.
            LOG.error("The invocation's event could not be read", unexpected);
            return new Outcome(ErrorResponses.internalError(), EventFormat.V2, "-", "-", UNMATCHED);
        }
        String method = event.request().method();
        String path = event.request().rawPath();
        String correlationId = CorrelationIds.of(event.request());
        try {
            if (logEvent) {
                LOG.info("Handler Event: {}", EventText.compact(input));
            }
            MDC.put(Dispatcher.MDC_CORRELATION_ID, correlationId);
            Exchange exchange = dispatcher.dispatch(event.request(), correlationId);
            String route = exchange.route() == null ? UNMATCHED : exchange.route().key();
            return new Outcome(exchange.response(), event.format(), method, path, route);
        } catch (RuntimeException | Error unexpected) {
            // The dispatcher maps handler failures itself; this is a failure of the adapter.
            LOG.error("Unhandled exception while answering {} {}", method, path, unexpected);
            HttpResponse failed = ErrorResponses.internalError(correlationId);
            if (cors != null) {
                cors.apply(event.request(), failed);
            }
            return new Outcome(failed, event.format(), method, path, UNMATCHED);
        }
    }

    /** The answer to an event refused before routing, in its format when that was known. */
    private static Outcome refused(EventRefusedException refused) {
        EventFormat format = refused.format() == null ? EventFormat.V2 : refused.format();
        return new Outcome(ErrorResponses.detail(refused.status(), refused.detail()), format, "-", "-", UNMATCHED);
    }

    /**
     * Skiff's work before a SnapStart snapshot: warms every framework path a first request takes,
     * without calling any handler. Under AWS's runtime client CRaC calls it (see {@link Priming});
     * Skiff's runtime loop calls it itself before {@code /runtime/restore/next}.
     */
    public final void beforeCheckpoint() {
        priming.prime();
    }

    /**
     * Skiff's work after a SnapStart restore: no cold start is reported, and no X-Ray socket of
     * the snapshot is reused. Called by CRaC, or by Skiff's runtime loop after the restore.
     */
    public final void afterRestore() {
        observed.environment().afterRestore();
    }

    /**
     * Whether this handler's observability keeps each invocation's metrics apart when several run
     * at once (Lambda Managed Instances): the lean default does; a backend may not.
     */
    public final boolean observesConcurrentInvocations() {
        return observed.backend().supportsConcurrentInvocations();
    }
}
