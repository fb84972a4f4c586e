package dev.skiff.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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
    private volatile byte[] openApiJson;

    /**
     * @param title   the API's title
     * @param version the API's version
     * @param router  finds each request's route
     * @param routes  every route, in document order
     * @param openApi opens the generated {@code openapi.json} resource
     */
    public Application(String title, String version, Router router, List<Route> routes, Supplier<InputStream> openApi) {
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
        this.router = Objects.requireNonNull(router, "router");
        this.routes = List.copyOf(routes);
        this.openApi = Objects.requireNonNull(openApi, "openApi");
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
        return new Application(title, version, narrowed, List.of(only), openApi);
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
