package dev.skiff.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A compiled API bound to its handler instances: what the generated {@code SkiffRoutes.create}
 * returns and every runtime takes.
 *
 * <pre>{@code
 * Application app = SkiffRoutes.create(new ItemsApi(new ItemStore()));
 * }</pre>
 */
public final class Application {
    private final String title;
    private final String version;
    private final Router router;
    private final List<Route> routes;
    private final Supplier<InputStream> openApi;
    private final List<OperationInterceptor> interceptors;
    private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers;
    private final CorsPolicy cors;
    private volatile byte[] openApiJson;

    /**
     * @param title   the API's title
     * @param version the API's version
     * @param router  finds each request's route
     * @param routes  every route, in document order
     * @param openApi opens the generated {@code openapi.json} resource
     */
    public Application(String title, String version, Router router, List<Route> routes, Supplier<InputStream> openApi) {
        this(title, version, router, routes, openApi, List.of(), Map.of(), null);
    }

    private Application(String title, String version, Router router, List<Route> routes, Supplier<InputStream> openApi,
                        List<OperationInterceptor> interceptors,
                        Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers, CorsPolicy cors) {
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
        this.router = Objects.requireNonNull(router, "router");
        this.routes = List.copyOf(routes);
        this.openApi = Objects.requireNonNull(openApi, "openApi");
        this.interceptors = List.copyOf(interceptors);
        this.exceptionHandlers = Collections.unmodifiableMap(new LinkedHashMap<>(exceptionHandlers));
        this.cors = cors;
    }

    /**
     * This application with {@code interceptor} around every operation's call, inside those added
     * before it: the first added runs first and sees the final answer last. It sees the request,
     * the route (its template and operationId) and the outcome, the answer it returns or the
     * exception that comes out of {@code next}, and must call {@code next} once.
     *
     * <pre>{@code
     * app.withInterceptor((route, context, call, next) -> {
     *     long start = System.nanoTime();
     *     HttpResponse response = next.invoke(call);
     *     response.headers().set("server-timing", "app;dur=" + (System.nanoTime() - start) / 1_000_000);
     *     return response;
     * });
     * }</pre>
     */
    public Application withInterceptor(OperationInterceptor interceptor) {
        List<OperationInterceptor> more = new ArrayList<>(interceptors);
        more.add(Objects.requireNonNull(interceptor, "interceptor"));
        return new Application(title, version, router, routes, openApi, more, exceptionHandlers, cors);
    }

    /**
     * This application with {@code handler} answering exceptions of {@code type} (and its
     * subclasses, unless a more specific type has its own handler) thrown by an operation or an
     * interceptor; see {@link ExceptionHandler}.
     *
     * @throws IllegalArgumentException if {@code type} already has a handler
     */
    public <E extends Throwable> Application withExceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        if (exceptionHandlers.containsKey(type)) {
            throw new IllegalArgumentException(type.getName() + " already has an exception handler");
        }
        Map<Class<? extends Throwable>, ExceptionHandler<?>> more = new LinkedHashMap<>(exceptionHandlers);
        more.put(type, handler);
        return new Application(title, version, router, routes, openApi, interceptors, more, cors);
    }

    /** This application answering browsers as {@code policy} says; see {@link CorsPolicy}. */
    public Application withCors(CorsPolicy policy) {
        return new Application(title, version, router, routes, openApi, interceptors, exceptionHandlers,
                Objects.requireNonNull(policy, "policy"));
    }

    /** The application's interceptors, outermost first. */
    public List<OperationInterceptor> interceptors() {
        return interceptors;
    }

    /**
     * The handler of the most specific registered type for {@code failure}: its class, then each
     * superclass in turn.
     */
    @SuppressWarnings("unchecked")
    public Optional<ExceptionHandler<Throwable>> exceptionHandler(Throwable failure) {
        if (exceptionHandlers.isEmpty()) {
            return Optional.empty();
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            ExceptionHandler<?> handler = exceptionHandlers.get(type);
            if (handler != null) {
                return Optional.of((ExceptionHandler<Throwable>) handler);
            }
        }
        return Optional.empty();
    }

    /** The CORS policy, if the application has one. */
    public Optional<CorsPolicy> cors() {
        return Optional.ofNullable(cors);
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public Router router() {
        return router;
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * This application narrowed to one operation, as a function of a deployment with one function
     * per operation serves it: only that route is found (and primed); every other request is not.
     *
     * <pre>{@code
     * Application createOnly = app.servingOnly("createItem");
     * }</pre>
     *
     * @throws IllegalArgumentException if no route has {@code operationId}, naming those that exist
     */
    public Application servingOnly(String operationId) {
        Route only = routes.stream().filter(r -> r.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the application has no operation \"" + operationId
                        + "\" to serve alone; its operationIds are "
                        + routes.stream().map(Route::operationId).toList()));
        Router all = router;
        Router narrowed = (method, segments) -> all.lookup(method, segments) instanceof Lookup.Found found
                && found.route() == only ? found : Lookup.NotFound.INSTANCE;
        return new Application(title, version, narrowed, List.of(only), openApi, interceptors, exceptionHandlers, cors);
    }

    /** The OpenAPI document's bytes, read once from the class path. */
    public byte[] openApiJson() {
        byte[] json = openApiJson;
        if (json == null) {
            try (InputStream in = openApi.get()) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json is missing from the class path");
                }
                json = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("openapi.json could not be read", e);
            }
            openApiJson = json;
        }
        return json;
    }
}
