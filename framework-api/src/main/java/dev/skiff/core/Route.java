package dev.skiff.core;

import java.util.List;
import java.util.Objects;

/**
 * One operation: its method, template (in {@code {var}} form), operationId, generated invoker
 * and the types of its dependencies ({@code @Depends} parameters), which the application must
 * have resolvers for. {@code nonBlocking}: the operation is declared
 * {@link dev.skiff.api.NonBlocking} and answers without a stream, so a server may run it on an
 * IO thread.
 */
public record Route(String method, String template, String operationId, Invoker invoker,
                   List<Class<?>> dependencies, boolean nonBlocking) {
    public Route {
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    }

    /** A route that may block: answered on a worker thread. */
    public Route(String method, String template, String operationId, Invoker invoker, List<Class<?>> dependencies) {
        this(method, template, operationId, invoker, dependencies, false);
    }

    /** This route, declared never to block. */
    public Route asNonBlocking() {
        return new Route(method, template, operationId, invoker, dependencies, true);
    }

    /** A route without dependencies. */
    public Route(String method, String template, String operationId, Invoker invoker) {
        this(method, template, operationId, invoker, List.of());
    }

    /** {@code "GET /items/{id}"}: the form used for metric dimensions and logs. */
    public String key() {
        return method + " " + template;
    }
}
