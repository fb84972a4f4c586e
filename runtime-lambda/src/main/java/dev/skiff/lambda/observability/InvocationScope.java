package dev.skiff.lambda.observability;

import com.amazonaws.services.lambda.runtime.Context;
import dev.skiff.api.Tracing;
import dev.skiff.lambda.observability.tracing.TraceHeader;
import dev.skiff.lambda.observability.tracing.TracingInterceptor;
import dev.skiff.lambda.spi.Invocation;
import dev.skiff.lambda.spi.InvocationMetrics;
import dev.skiff.lambda.spi.ObservabilityBackend;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One invocation's observability, the same on every path into the application (the
 * {@code RequestStreamHandler}, Skiff's runtime loop whole or streamed, the Web Adapter): the
 * Lambda fields in the logging context, a fresh metrics recorder with the request and trace ids
 * as metadata, X-Ray tracing when sampled, and at the end the access line and metrics. Everything
 * lives on the invocation's thread from {@link #begin} to {@link #close}, and {@code close} leaves
 * the thread as it found it, so concurrent invocations on other threads share nothing.
 *
 * <pre>{@code
 * try (InvocationScope scope = InvocationScope.begin(observed, context)) {
 *     ... dispatch, answer ...
 *     scope.record(log, InvocationRecord.of(method, path, route, status, scope.startedNanos()));
 * }
 * }</pre>
 */
public final class InvocationScope implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvocationScope.class);

    private final Observed observed;
    private final Invocation invocation;
    private final InvocationMetrics metrics;
    private final Tracing.Installed traced;
    private final long startedNanos;

    /** What every invocation of one environment shares: backend, service, cold start, X-Ray, tracing. */
    public record Observed(ObservabilityBackend backend, ExecutionEnvironment environment, String service,
                           String environmentTraceHeader, TracingInterceptor tracing) {

        /**
         * For {@code backend} (null: the lean default, writing to {@code stdout}) in the environment
         * Lambda describes: X-Ray daemon, initialisation type, service name, trace header.
         */
        public static Observed of(ObservabilityBackend backend, Function<String, String> env, PrintStream stdout) {
            ObservabilityBackend chosen = Backends.orLean(backend, env, stdout);
            return new Observed(chosen, new ExecutionEnvironment(chosen, env.apply("AWS_XRAY_DAEMON_ADDRESS"),
                    env.apply("AWS_LAMBDA_INITIALIZATION_TYPE")), Backends.serviceOf(env),
                    env.apply(TraceHeader.ENVIRONMENT_VARIABLE), new TracingInterceptor());
        }
    }

    private InvocationScope(Observed observed, Invocation invocation, InvocationMetrics metrics,
                            Tracing.Installed traced, long startedNanos) {
        this.observed = observed;
        this.invocation = invocation;
        this.metrics = metrics;
        this.traced = traced;
        this.startedNanos = startedNanos;
    }

    /** Begins observing the invocation {@code context} describes (null: a harness without one). */
    public static InvocationScope begin(Observed observed, Context context) {
        long started = System.nanoTime();
        boolean cold = observed.environment().takeColdStart();
        String header = context == null ? null : context.getXrayTraceId();
        Optional<TraceHeader> trace = TraceHeader.ofInvocation(header, observed.environmentTraceHeader());
        Invocation invocation = new Invocation(context, cold, observed.service(), trace.map(TraceHeader::root));
        observed.backend().beginInvocation(invocation);
        try {
            InvocationMetrics metrics = observed.backend().metrics(invocation);
            // Which invocation and trace the metrics belong to, whatever the backend.
            if (context != null && context.getAwsRequestId() != null) {
                metrics.metadata("function_request_id", context.getAwsRequestId());
            }
            trace.ifPresent(found -> metrics.metadata("xray_trace_id", found.root()));
            Tracing.Installed traced = observed.environment().beginTracing(trace, observed.tracing(), cold,
                    observed.service());
            return new InvocationScope(observed, invocation, metrics, traced, started);
        } catch (RuntimeException | Error failed) {
            // Nothing of this invocation may stay on the thread.
            observed.backend().endInvocation();
            throw failed;
        }
    }

    /** Where the invocation's metrics go, for the request being answered. */
    public InvocationMetrics metrics() {
        return metrics;
    }

    /** When the invocation began, as {@link System#nanoTime()}. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Logs the access line and records the framework's metrics, with the cold start if this was one. */
    public void record(Logger log, InvocationRecord record) {
        record.record(log, metrics, invocation.coldStart() ? invocation.functionName() : null);
    }

    /** Ends tracing, writes the metrics once and clears the logging context, each whatever the others do. */
    @Override
    public void close() {
        try {
            traced.close();
        } finally {
            try {
                metrics.flush();
            } catch (RuntimeException unwritable) {
                // Metrics are best effort: a value that cannot be written must not fail the request.
                LOG.error("The invocation's metrics could not be written", unwritable);
            } finally {
                observed.backend().endInvocation();
            }
        }
    }
}
