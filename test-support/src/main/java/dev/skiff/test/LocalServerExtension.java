package dev.skiff.test;

import dev.skiff.core.Application;
import dev.skiff.local.LocalServer;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the application on {@link LocalServer} on a free port for tests that need real HTTP.
 * As a static field it serves the whole class; as an instance field, each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LocalServerExtension server = LocalServerExtension.of(() -> SkiffRoutes.create(new ItemsApi(new ItemStore())));
 *
 * @Test
 * void listsItems() throws Exception {
 *     HttpResponse<String> response = HttpClient.newHttpClient().send(
 *             HttpRequest.newBuilder(server.uri("/items")).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 */
public final class LocalServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Supplier<Application> application;
    private final Consumer<LocalServer.Builder> settings;
    private LocalServer server;
    private boolean perClass;

    private LocalServerExtension(Supplier<Application> application, Consumer<LocalServer.Builder> settings) {
        this.application = application;
        this.settings = settings;
    }

    /** Serves the application {@code application} creates, with default settings. */
    public static LocalServerExtension of(Supplier<Application> application) {
        return new LocalServerExtension(Objects.requireNonNull(application, "application"), builder -> {});
    }

    /** The same, with settings applied to the builder: {@code b -> b.maxBodyBytes(1024)}. */
    public LocalServerExtension with(Consumer<LocalServer.Builder> more) {
        Objects.requireNonNull(more, "more");
        return new LocalServerExtension(application, settings.andThen(more));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    /** The running server. */
    public LocalServer server() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while a test does");
        }
        return server;
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI baseUri() {
        return server().uri();
    }

    /** {@code path} (with any query) resolved against the base URI. */
    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    public int port() {
        return server().port();
    }

    private void start() {
        LocalServer.Builder builder = LocalServer.builder(application.get()).port(0);
        settings.accept(builder);
        server = builder.build().start();
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
