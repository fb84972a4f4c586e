package dev.skiff.core;

import dev.skiff.api.RequestContext;
import dev.skiff.api.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dependencies resolved for one request: each type once, closed in reverse order of
 * resolution when {@link #close} runs after the response was produced.
 */
final class Dependencies {
    private static final Logger LOG = LoggerFactory.getLogger(Dependencies.class);

    private final Application application;
    private final RequestContext context;
    private final Map<Class<?>, Object> values = new LinkedHashMap<>();
    private final List<Runnable> closers = new ArrayList<>();

    Dependencies(Application application, RequestContext context) {
        this.application = application;
        this.context = context;
    }

    <T> T resolve(Class<T> type) throws Exception {
        Object known = values.get(type);
        if (known != null || values.containsKey(type)) {
            return type.cast(known);
        }
        Resolver<? extends T> resolver = application.resolver(type).orElseThrow(() -> new IllegalStateException(
                "no resolver for " + type.getName() + "; register one with withResolver(" + type.getSimpleName()
                        + ".class, context -> ...)"));
        T value = resolve(resolver);
        values.put(type, value);
        return value;
    }

    private <T> T resolve(Resolver<T> resolver) throws Exception {
        T value = resolver.resolve(context);
        closers.add(() -> {
            try {
                resolver.close(value);
            } catch (Exception | StackOverflowError | AssertionError failure) {
                LOG.error("Closing a dependency of {} failed in {} (correlation id {})", value == null ? "null"
                        : value.getClass().getName(), context.routeTemplate(), context.correlationId(), failure);
            }
        });
        return value;
    }

    /** Runs every close step, the last resolved first; a failing one is logged and the others still run. */
    void close() {
        for (int i = closers.size() - 1; i >= 0; i--) {
            closers.get(i).run();
        }
        closers.clear();
    }
}
