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
import java.util.Set;
import java.util.TreeSet;
import dev.skiff.api.CallerIdentity;
import dev.skiff.api.HttpException;
import dev.skiff.api.Resolver;

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
    private final Map<Class<?>, Resolver<?>> resolvers;
    private volatile byte[] openApiJson;

    /**
     * @param title   the API's title
     * @param version the API's version
     * @param router  finds each request's route
     * @param routes  every route, in document order
     * @param openApi opens the generated {@code openapi.json} resource
     */
    public Application(String title, String version, Router router, List<Route> routes, Supplier<InputStream> openApi) {
        this(title, version, router, routes, openApi, List.of(), Map.of(), null, Map.of());
    }

    private Application(String title, String version, Router router, List<Route> routes, Supplier<InputStream> openApi,
                        List<OperationInterceptor> interceptors,
                        Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers, CorsPolicy cors,
                        Map<Class<?>, Resolver<?>> resolvers) {
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
        this.router = Objects.requireNonNull(router, "router");
        this.routes = List.copyOf(routes);
        this.openApi = Objects.requireNonNull(openApi, "openApi");
        this.interceptors = List.copyOf(interceptors);
        this.exceptionHandlers = Collections.unmodifiableMap(new LinkedHashMap<>(exceptionHandlers));
        this.cors = cors;
        this.resolvers = Collections.unmodifiableMap(new LinkedHashMap<>(resolvers));
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
        return new Application(title, version, router, routes, openApi, more, exceptionHandlers, cors, resolvers);
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
        return new Application(title, version, router, routes, openApi, interceptors, more, cors, resolvers);
    }

    /** This application answering browsers as {@code policy} says; see {@link CorsPolicy}. */
    public Application withCors(CorsPolicy policy) {
        return new Application(title, version, router, routes, openApi, interceptors, exceptionHandlers,
                Objects.requireNonNull(policy, "policy"), resolvers);
    }

    /**
     * This application resolving {@code @Depends} parameters of {@code type} with {@code resolver},
     * once per request; see {@link Resolver}. A {@link CallerIdentity} has a built-in resolver
     * (the caller, else a 401 {@code "Not authenticated"}) that this replaces.
     *
     * <pre>{@code
     * Application app = SkiffRoutes.create(new ItemsApi(store))
     *         .withResolver(CurrentUser.class, context -> context.caller()
     *                 .map(caller -> new CurrentUser(caller.principal()))
     *                 .orElseThrow(() -> new HttpException(401, "Not authenticated")));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code type} already has a resolver
     */
    public <T> Application withResolver(Class<T> type, Resolver<? extends T> resolver) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resolver, "resolver");
        if (resolvers.containsKey(type)) {
            throw new IllegalArgumentException(type.getName() + " already has a resolver");
        }
        Map<Class<?>, Resolver<?>> more = new LinkedHashMap<>(resolvers);
        more.put(type, resolver);
        return new Application(title, version, router, routes, openApi, interceptors, exceptionHandlers, cors, more);
    }

    /** The resolver of {@code type}: the registered one, else the built-in one for {@link CallerIdentity}. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Resolver<? extends T>> resolver(Class<T> type) {
        Resolver<?> resolver = resolvers.get(type);
        if (resolver == null && type == CallerIdentity.class) {
            resolver = CALLER;
        }
        return Optional.ofNullable((Resolver<? extends T>) resolver);
    }

    /**
     * Checks that every route's dependency has a resolver, as every runtime does when it starts.
     *
     * @throws IllegalStateException naming each missing type and the operations that use it
     */
    public void checkResolvers() {
        Map<String, Set<String>> missing = new java.util.TreeMap<>();
        for (Route route : routes) {
            for (Class<?> type : route.dependencies()) {
                if (resolver(type).isEmpty()) {
                    missing.computeIfAbsent(type.getName(), t -> new TreeSet<>()).add(route.operationId());
                }
            }
        }
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("the application has no resolver for ");
            missing.forEach((type, operations) -> message.append(type).append(" (used by ")
                    .append(String.join(", ", operations)).append("), "));
            message.setLength(message.length() - 2);
            message.append("; register each with withResolver(Type.class, context -> ...) before starting it");
            throw new IllegalStateException(message.toString());
        }
    }

    private static final Resolver<CallerIdentity> CALLER = context -> context.caller()
            .orElseThrow(() -> new HttpException(401, "Not authenticated"));

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
        return new Application(title, version, narrowed, List.of(only), openApi, interceptors, exceptionHandlers, cors, resolvers);
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
