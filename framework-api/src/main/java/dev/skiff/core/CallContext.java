package dev.skiff.core;

import dev.skiff.api.CallerIdentity;
import dev.skiff.api.Metrics;
import dev.skiff.api.RequestContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link RequestContext} of one matched request. */
final class CallContext implements RequestContext {
    private final HttpRequest request;
    private final Route route;
    private final String correlationId;
    private final Application application;
    private Dependencies dependencies;

    CallContext(HttpRequest request, Route route, String correlationId, Application application) {
        this.request = request;
        this.route = route;
        this.correlationId = correlationId;
        this.application = application;
    }

    /** The request's dependency of {@code type}, resolved on first use. */
    <T> T resolve(Class<T> type) throws Exception {
        if (dependencies == null) {
            dependencies = new Dependencies(application, this);
        }
        return dependencies.resolve(type);
    }

    /** Runs the close steps of what was resolved; nothing when nothing was. */
    void closeDependencies() {
        if (dependencies != null) {
            dependencies.close();
        }
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.rawPath();
    }

    @Override
    public String routeTemplate() {
        return route.template();
    }

    @Override
    public String operationId() {
        return route.operationId();
    }

    @Override
    public Optional<String> header(String name) {
        return request.headers().first(name);
    }

    @Override
    public List<String> headers(String name) {
        return request.headers().all(name);
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        return request.query();
    }

    @Override
    public Map<String, String> cookies() {
        return request.cookies();
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    @Override
    public Optional<CallerIdentity> caller() {
        return request.caller();
    }

    @Override
    public Optional<Object> platformContext() {
        return request.platformContext();
    }

    @Override
    public Optional<Object> rawEvent() {
        return request.rawEvent();
    }

    @Override
    public Metrics metrics() {
        return request.metrics();
    }
}
