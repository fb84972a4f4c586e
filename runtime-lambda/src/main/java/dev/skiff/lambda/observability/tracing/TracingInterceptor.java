package dev.skiff.lambda.observability.tracing;

import dev.skiff.api.RequestContext;
import dev.skiff.api.Tracing;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.core.Route;
import java.util.Map;

/**
 * Wraps each operation in a subsegment named {@code ## <operationId>} annotated with
 * {@code ColdStart} and {@code Service}, as Powertools' tracer does for handlers. When the
 * invocation is not sampled nothing is recorded and the operation runs directly.
 */
public final class TracingInterceptor implements OperationInterceptor {
    private final ThreadLocal<Map<String, Object>> annotations = new ThreadLocal<>();

    /** Sets this thread's annotations for the invocation; the returned handle clears them. */
    public Tracing.Installed begin(boolean coldStart, String service) {
        annotations.set(Map.of("ColdStart", coldStart, "Service", service));
        return annotations::remove;
    }

    @Override
    public HttpResponse around(Route route, RequestContext context, Call call, Invoker next) throws Exception {
        if (!Tracing.isActive()) {
            return next.invoke(call);
        }
        Map<String, Object> values = annotations.get();
        return Tracing.inSubsegment("## " + route.operationId(), values == null ? Map.of() : values,
                () -> next.invoke(call));
    }
}
