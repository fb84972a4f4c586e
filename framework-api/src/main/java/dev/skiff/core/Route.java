package dev.skiff.core;

import java.util.List;
import java.util.Objects;

/**
 * One operation: its method, template (in {@code {var}} form), operationId, generated invoker
 * and the types of its dependencies ({@code @Depends} parameters), which the application must
 * have resolvers for.
 */
public record Route(String method, String template, String operationId, Invoker invoker,
                   List<Class<?>> dependencies) {
    public Route {
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
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
