package dev.skiff.local;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathHandler;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the documentation pages and their assets to the server's paths. */
final class DocsRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(DocsRoutes.class);

    private DocsRoutes() {}

    static void install(PathHandler paths, DocsPages docs, String title, String openApiPath) {
        ClassLoader loader = DocsRoutes.class.getClassLoader();
        docs.swaggerUiPath().ifPresent(path -> webjar(loader, "swagger-ui").ifPresent(folder -> {
            String assets = path + "/assets";
            page(paths, path, SwaggerUiPage.html(title, assets, openApiPath));
            paths.addPrefixPath(assets, new ClasspathAssets(loader, folder, Map.of()));
        }));
        docs.redocPath().ifPresent(path -> webjar(loader, "redoc").ifPresent(folder -> {
            String assets = path + "/assets";
            page(paths, path, RedocPage.html(title, assets, openApiPath));
            Map<String, UnaryOperator<byte[]>> patches = Map.of("redoc.standalone.js", RedocPage::withoutCdnLogo);
            paths.addPrefixPath(assets, new ClasspathAssets(loader, folder, patches));
        }));
    }

    private static Optional<String> webjar(ClassLoader loader, String artifactId) {
        Optional<String> folder = WebJars.folder(loader, artifactId);
        if (folder.isEmpty()) {
            LOG.warn("org.webjars:{} is not on the class path; its docs page is off", artifactId);
        }
        return folder;
    }

    private static void page(PathHandler paths, String path, String html) {
        StaticContent page = StaticContent.of(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        HttpHandler handler = (HttpServerExchange exchange) -> page.send(exchange);
        paths.addExactPath(path, handler);
        paths.addExactPath(path + "/", handler);
    }
}
