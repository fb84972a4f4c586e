package dev.skiff.local;

import dev.skiff.core.Application;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.support.RequestLimits;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.handlers.PathHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Skiff {@link Application} over HTTP on Undertow, with its OpenAPI document at
 * {@code /openapi.json}, Swagger UI at {@code /docs} and Redoc at {@code /redoc}.
 *
 * <p>In a {@code main} method, {@link #run} is all it takes: it listens on {@code PORT}
 * (default 8080), logs the URL and serves until the JVM is asked to stop, letting requests in
 * flight finish first.
 * <pre>{@code
 * public static void main(String[] args) {
 *     LocalServer.run(SkiffRoutes.create(new ItemsApi(new ItemStore())));
 * }
 * }</pre>
 *
 * <p>In tests, or to choose the settings, build one; port 0 picks a free port.
 * <pre>{@code
 * try (LocalServer server = LocalServer.builder(app).port(0).maxBodyBytes(1024 * 1024).build().start()) {
 *     URI items = server.uri().resolve("/items");
 * }
 * }</pre>
 */
public final class LocalServer implements AutoCloseable {
    static {
        // Before this class's logger: an observer may choose the SLF4J provider (see Observers).
        Observers.discovered();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);

    /** The default request body limit, Lambda's own payload limit: 6 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = RequestLimits.DEFAULT_MAX_BODY_BYTES;

    // The settings this server needs after it is built, copied so that reusing the builder cannot change it.
    private final String host;
    private final int requestedPort;
    private final String openApiPath;
    private final DocsPages docs;
    private final Duration drainTimeout;
    private final LiveApplication live;
    private final GracefulShutdownHandler graceful;
    private final Undertow undertow;
    private final AccessLogWriter accessLog = AccessLogHandler.writer();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile InetSocketAddress address;
    private volatile boolean running;

    private LocalServer(Builder settings) {
        this.host = settings.host;
        this.requestedPort = settings.port;
        this.openApiPath = settings.openApiPath;
        this.docs = settings.docs;
        this.drainTimeout = settings.drainTimeout;
        Observers observers = Observers.discovered();
        List<OperationInterceptor> interceptors = new ArrayList<>(observers.interceptors());
        interceptors.addAll(settings.interceptors);
        this.live = new LiveApplication(settings.application, interceptors);
        // 100-continue is sent only when the body is first read, so a body over the limit is refused unsent.
        RequestLimits limits = settings.limits;
        PathHandler paths = Handlers.path(new HttpContinueReadHandler(
                new ApplicationHandler(live, limits, null, settings.trustWebAdapterContext, observers)));
        settings.endpoints.forEach((path, endpoint) -> paths.addExactPath(path, new HttpContinueReadHandler(
                new ApplicationHandler(live, limits, endpoint, settings.trustWebAdapterContext, observers))));
        if (settings.openApiPath != null) {
            paths.addExactPath(settings.openApiPath, new OpenApiHandler(live));
            DocsRoutes.install(paths, settings.docs, settings.application.title(), settings.openApiPath);
        }
        this.graceful = Handlers.gracefulShutdown(new AccessLogHandler(new LimitsHandler(limits, paths), accessLog));
        Undertow.Builder server = Undertow.builder()
                .addHttpListener(settings.port, settings.host)
                .setHandler(graceful);
        UndertowLimits.apply(server, limits);
        this.undertow = server.build();
    }

    /**
     * Serves {@code application} on {@code PORT} (default 8080) until the JVM stops (Ctrl-C,
     * SIGTERM), then waits for requests in flight before exiting. Blocks the calling thread.
     */
    public static void run(Application application) {
        LocalServer server = builder(application).port(Ports.fromEnvironment(System.getenv("PORT"))).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "skiff-shutdown"));
        server.awaitStop();
    }

    /** Starts the settings for serving {@code application}. */
    public static Builder builder(Application application) {
        return new Builder(application);
    }

    /** Binds the port and starts serving; returns this. */
    public synchronized LocalServer start() {
        try {
            undertow.start();
        } catch (RuntimeException e) {
            String where = host + ":" + requestedPort;
            throw new IllegalStateException(isBindFailure(e)
                    ? "could not listen on " + where + ": the port is in use or not allowed; set PORT to choose another"
                    : "could not start the server on " + where + ": " + e.getMessage(), e);
        }
        address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
        accessLog.start();
        running = true;
        Application served = live.application();
        LOG.info("Serving {} {} on {} (OpenAPI: {}, docs: {})", served.title(), served.version(), uri(),
                openApiPath == null ? "off" : openApiPath, docsSummary());
        return this;
    }

    /** The port the server listens on: the chosen one, or the one picked for port 0. */
    public int port() {
        if (address == null) {
            throw new IllegalStateException("the server is not started");
        }
        return address.getPort();
    }

    /** {@code http://host:port/}, for clients. */
    public URI uri() {
        String client = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return URI.create("http://" + client + ":" + port() + "/");
    }

    /**
     * Serves {@code next} from now on, keeping the port: requests already running finish on the
     * version they started with. Dev mode uses this to reload a recompiled application.
     */
    public void replace(Application next) {
        live.replace(Objects.requireNonNull(next, "next"));
    }

    /** The application being served now. */
    public Application application() {
        return live.application();
    }

    /**
     * Stops taking new requests, waits up to the drain timeout for those in flight to finish,
     * then closes the port. Calling it again does nothing.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(drainTimeout.toMillis())) {
                LOG.warn("Requests still running after {}; stopping anyway", drainTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        accessLog.close();
        LOG.info("Stopped serving on port {}", address.getPort());
        stopped.countDown();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isBindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    private String docsSummary() {
        if (openApiPath == null) {
            return "off";
        }
        List<String> pages = new ArrayList<>();
        docs.swaggerUiPath().ifPresent(pages::add);
        docs.redocPath().ifPresent(pages::add);
        return pages.isEmpty() ? "off" : String.join(", ", pages);
    }

    /**
     * Settings of a {@link LocalServer}; every one has a default.
     *
     * <pre>{@code
     * LocalServer server = LocalServer.builder(app)
     *         .port(0)                          // default 8080
     *         .host("0.0.0.0")                  // default 127.0.0.1
     *         .maxBodyBytes(1024 * 1024)        // default 6 MB
     *         .docs(DocsPages.none())           // default /docs and /redoc
     *         .build()
     *         .start();
     * }</pre>
     */
    public static final class Builder {
        private final Application application;
        private int port = 8080;
        private String host = "127.0.0.1";
        private RequestLimits limits = RequestLimits.current();
        private DocsPages docs = DocsPages.defaults();
        private String openApiPath = "/openapi.json";
        private Duration drainTimeout = Duration.ofSeconds(30);
        private final List<OperationInterceptor> interceptors = new ArrayList<>();
        private final Map<String, LocalEndpoint> endpoints = new LinkedHashMap<>();
        private boolean trustWebAdapterContext = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;

        private Builder(Application application) {
            this.application = Objects.requireNonNull(application, "application");
        }

        /** The port; 0 picks a free one (see {@link LocalServer#port()}). Default 8080. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on. Default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Bodies over this many bytes get 413. Default 6 MB ({@code skiff.limits.maxBodyBytes}). */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 0) {
                throw new IllegalArgumentException("maxBodyBytes must be 0 or more, got " + maxBodyBytes);
            }
            this.limits = limits.withMaxBodyBytes(maxBodyBytes);
            return this;
        }

        /**
         * The limits requests are read under (URL, query, headers, body, idle time).
         * Default {@link RequestLimits#current()}: the {@code skiff.limits.*} system properties,
         * else the {@code SKIFF_LIMITS_*} variables. Replaces what {@link #maxBodyBytes} set. The JSON limits
         * are not taken from here: JSON bodies are parsed under the process's
         * {@code RequestLimits.current()} on every runtime.
         */
        public Builder limits(RequestLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The documentation pages. Default {@link DocsPages#defaults()}. */
        public Builder docs(DocsPages docs) {
            this.docs = Objects.requireNonNull(docs, "docs");
            return this;
        }

        /** Where the OpenAPI document is served; null serves neither it nor the docs pages. */
        public Builder openApiPath(String path) {
            this.openApiPath = path == null ? null : DocsPages.checked(path);
            return this;
        }

        /** How long {@link LocalServer#stop()} waits for requests in flight. Default 30 s. */
        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout");
            return this;
        }

        /** Adds an interceptor around every operation, after those already added. */
        public Builder interceptor(OperationInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** Serves {@code endpoint} at exactly {@code path}, ahead of the application's routes. */
        public Builder endpoint(String path, LocalEndpoint endpoint) {
            endpoints.put(DocsPages.checked(path), Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Whether to read the caller's identity ({@code RequestContext.caller()}) from the
         * {@code x-amzn-request-context} header that the Lambda Web Adapter adds. Only the
         * adapter can be trusted to set it, so the default is on inside Lambda (when
         * {@code AWS_LAMBDA_FUNCTION_NAME} is set) and off elsewhere.
         */
        public Builder trustWebAdapterContext(boolean trust) {
            this.trustWebAdapterContext = trust;
            return this;
        }

        /** The server, not yet listening: call {@link LocalServer#start()}. */
        public LocalServer build() {
            return new LocalServer(this);
        }
    }
}
