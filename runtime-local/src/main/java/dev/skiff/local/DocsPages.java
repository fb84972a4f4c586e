package dev.skiff.local;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the server shows the API's documentation: Swagger UI (default {@code /docs}) and Redoc
 * (default {@code /redoc}), both from webjars on the class path and pointed at the server's
 * OpenAPI document. Either can be moved or switched off.
 *
 * <pre>{@code
 * LocalServer.builder(app).docs(DocsPages.defaults().swaggerUi("/api-docs").withoutRedoc()).build();
 * LocalServer.builder(app).docs(DocsPages.none()).build();
 * }</pre>
 */
public final class DocsPages {
    private static final DocsPages DEFAULTS = new DocsPages("/docs", "/redoc");
    private static final DocsPages NONE = new DocsPages(null, null);

    private final String swaggerUi;
    private final String redoc;

    private DocsPages(String swaggerUi, String redoc) {
        this.swaggerUi = swaggerUi;
        this.redoc = redoc;
    }

    /** Swagger UI at {@code /docs} and Redoc at {@code /redoc}. */
    public static DocsPages defaults() {
        return DEFAULTS;
    }

    /** No documentation pages. */
    public static DocsPages none() {
        return NONE;
    }

    /** Serves Swagger UI at {@code path}, such as {@code "/api-docs"}. */
    public DocsPages swaggerUi(String path) {
        return new DocsPages(checked(path), redoc);
    }

    /** Serves Redoc at {@code path}, such as {@code "/reference"}. */
    public DocsPages redoc(String path) {
        return new DocsPages(swaggerUi, checked(path));
    }

    /** Does not serve Swagger UI. */
    public DocsPages withoutSwaggerUi() {
        return new DocsPages(null, redoc);
    }

    /** Does not serve Redoc. */
    public DocsPages withoutRedoc() {
        return new DocsPages(swaggerUi, null);
    }

    /** Swagger UI's path, when it is served. */
    public Optional<String> swaggerUiPath() {
        return Optional.ofNullable(swaggerUi);
    }

    /** Redoc's path, when it is served. */
    public Optional<String> redocPath() {
        return Optional.ofNullable(redoc);
    }

    static String checked(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.length() < 2 || path.endsWith("/")) {
            throw new IllegalArgumentException("a docs path must start with / and not end with one, got " + path);
        }
        return path;
    }
}
