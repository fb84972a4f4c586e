package dev.skiff.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import dev.skiff.api.Metrics;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.core.RequestObserver;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.observability.Backends;
import dev.skiff.lambda.observability.InvocationRecord;
import dev.skiff.lambda.observability.InvocationRecord.StreamEnd;
import dev.skiff.lambda.observability.InvocationScope;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The Lambda handler's observability for an application served by the local server behind the
 * AWS Lambda Web Adapter: each request that carries the adapter's {@value #CONTEXT_HEADER} header
 * is one invocation, with the same Powertools-keyed JSON log lines (request id, ARN, cold start,
 * trace id from that header), the same access line, EMF metrics (written when a stream ends) and
 * X-Ray subsegments as on the {@code RequestStreamHandler} and Skiff's runtime loop. Registered
 * for the local server in {@code META-INF/services/dev.skiff.core.RequestObserver}; active only
 * inside Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set), where it also makes Skiff's JSON lines the
 * SLF4J provider before the server's first logger exists. Nothing to configure:
 *
 * <pre>{@code
 * // the Web Adapter's run.sh:  exec java -cp "$LAMBDA_TASK_ROOT/lib/*" dev.skiff.samples.items.ItemsApplication
 * }</pre>
 */
public final class WebAdapterObserver implements RequestObserver {
    /** The header the Lambda Web Adapter puts the invocation's Lambda context in, as JSON. */
    public static final String CONTEXT_HEADER = "x-amzn-lambda-context";

    private final InvocationScope.Observed observed;
    private final InvocationContext.FunctionEnvironment function;
    private final PrintStream stdout;
    private final Logger log;

    /** As the local server's service loader makes it: from the process's environment. */
    public WebAdapterObserver() {
        this(System::getenv, System.out);
    }

    WebAdapterObserver(Function<String, String> env, PrintStream stdout) {
        this.stdout = stdout;
        if (env.apply("AWS_LAMBDA_FUNCTION_NAME") == null) {
            // Not in Lambda: leave the local server's logging and requests alone.
            this.observed = null;
            this.function = null;
            this.log = null;
            return;
        }
        this.observed = InvocationScope.Observed.of(Backends.discovered(), env, stdout);
        this.log = LoggerFactory.getLogger(SkiffLambdaHandler.class);
        this.function = InvocationContext.FunctionEnvironment.of(env);
    }

    /** Only inside Lambda. */
    @Override
    public boolean active() {
        return observed != null;
    }

    @Override
    public List<OperationInterceptor> interceptors() {
        return observed == null ? List.of() : List.of(observed.tracing());
    }

    @Override
    public Observation begin(HttpRequest request, String correlationId) {
        if (observed == null) {
            return null;
        }
        String header = request.headers().first(CONTEXT_HEADER).orElse(null);
        if (header == null) {
            return null;
        }
        Context context = contextOf(header);
        InvocationScope scope = InvocationScope.begin(observed, context);
        // As the Lambda handler does: the access line, written after the response, keeps the id.
        MDC.put(Dispatcher.MDC_CORRELATION_ID, correlationId);
        String method = request.method();
        String path = request.rawPath();
        return new Observation() {
            @Override
            public void ended(String route, int status, boolean streamed, boolean failed) {
                try (scope) {
                    StreamEnd end = !streamed ? null : failed ? StreamEnd.FAILED : StreamEnd.COMPLETED;
                    scope.record(log, InvocationRecord.of(method, path, route == null ? SkiffLambdaHandler.UNMATCHED
                            : route, status, scope.startedNanos(), end));
                }
            }

            @Override
            public Metrics metrics() {
                return scope.metrics();
            }

            @Override
            public Object platformContext() {
                return context;
            }
        };
    }

    /**
     * The Lambda context the adapter sends: {@code request_id}, {@code deadline} (epoch ms),
     * {@code invoked_function_arn}, {@code xray_trace_id} and {@code env_config}; null when the
     * header cannot be read (the request is then observed without one).
     */
    private Context contextOf(String header) {
        Map<String, Object> fields = InvocationContext.tree(header);
        if (fields == null) {
            return null;
        }
        Object requestId = fields.get("request_id");
        if (!(requestId instanceof String id) || id.isEmpty()) {
            return null;
        }
        long deadline = fields.get("deadline") instanceof Number number ? number.longValue() : Long.MAX_VALUE;
        NextInvocation invocation = new NextInvocation(id, deadline, text(fields.get("invoked_function_arn")),
                text(fields.get("xray_trace_id")), null, null, text(fields.get("tenant_id")), new byte[0]);
        return new InvocationContext(invocation, functionOf(fields.get("env_config")), System::currentTimeMillis,
                stdout);
    }

    /** The adapter's {@code env_config}, else the function's own variables. */
    private InvocationContext.FunctionEnvironment functionOf(Object envConfig) {
        if (!(envConfig instanceof Map<?, ?> config)) {
            return function;
        }
        int memory = config.get("memory") instanceof Number number ? number.intValue() : function.memoryMb();
        return new InvocationContext.FunctionEnvironment(orElse(text(config.get("function_name")), function.name()),
                orElse(text(config.get("version")), function.version()), memory,
                orElse(text(config.get("log_group")), function.logGroup()),
                orElse(text(config.get("log_stream")), function.logStream()));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isEmpty() ? text : null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
