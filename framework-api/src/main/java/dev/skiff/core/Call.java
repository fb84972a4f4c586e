package dev.skiff.core;

import dev.skiff.api.RequestContext;
import java.util.List;

/** One request on its way into a generated invoker: the request, the path values, the context. */
public final class Call {
    private final HttpRequest request;
    private final String[] pathValues;
    private final RequestContext context;

    public Call(HttpRequest request, String[] pathValues, RequestContext context) {
        this.request = request;
        this.pathValues = pathValues;
        this.context = context;
    }

    public HttpRequest request() {
        return request;
    }

    public RequestContext context() {
        return context;
    }

    /**
     * The dependency of {@code type} ({@code @Depends}) for this request, from the application's
     * resolver; resolved once per request.
     */
    public <T> T resolve(Class<T> type) throws Exception {
        if (context instanceof CallContext dispatched) {
            return dispatched.resolve(type);
        }
        throw new IllegalStateException("dependencies are resolved only for calls the Dispatcher made; "
                + type.getName() + " cannot be resolved here");
    }

    /** The decoded value of the template's {@code index}-th variable. */
    public String pathValue(int index) {
        return pathValues[index];
    }

    /**
     * The query value of {@code name} a scalar parameter binds, or null: the LAST one when the key
     * is repeated, as Starlette's {@code QueryParams} answers FastAPI (so {@code ?limit=x&limit=5}
     * binds 5 and is not a 422). A {@code List} or {@code Set} parameter reads {@link #queryAll}.
     *
     * <pre>{@code
     * // ?limit=10&limit=20
     * call.query("limit");    // "20"
     * call.queryAll("limit"); // ["10", "20"]
     * }</pre>
     */
    public String query(String name) {
        List<String> values = request.query().get(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** Every query value of {@code name}; empty when absent. */
    public List<String> queryAll(String name) {
        return request.query().getOrDefault(name, List.of());
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        return request.headers().first(name).orElse(null);
    }

    /** Every value of header {@code name}. */
    public List<String> headerAll(String name) {
        return request.headers().all(name);
    }

    /** The cookie {@code name}, or null. */
    public String cookie(String name) {
        return request.cookies().get(name);
    }
}
