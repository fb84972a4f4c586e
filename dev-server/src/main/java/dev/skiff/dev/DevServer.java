package dev.skiff.dev;

import dev.skiff.core.Application;
import dev.skiff.local.LocalServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Development mode: serves the application on {@link LocalServer} and, when its compiled classes
 * change (an IDE build, {@code mvn compile}) or, if given, its sources change, loads the new
 * version in a fresh class loader and swaps it in on the same port. Requests in flight finish on
 * the version they started with; a version that does not compile or load is reported and the
 * last good one keeps serving. {@code POST /_skiff/lambda} with a raw API Gateway or Function
 * URL event as the body answers with the Lambda-format response of the real Lambda handler.
 *
 * <p>The application names a factory, {@code public static Application create()}:
 * <pre>{@code
 * public final class ItemsApp {
 *     public static Application create() {
 *         return SkiffRoutes.create(new ItemsApi(new ItemStore()));
 *     }
 * }
 * }</pre>
 * and is started with its compile class path, from the project folder:
 * <pre>{@code
 * java -cp <classpath> dev.skiff.dev.DevServer --app com.example.ItemsApp --sources src/main/java
 * }</pre>
 * Options: {@code --app class[#method]} (required), {@code --classes dir} (default
 * {@code target/classes}), {@code --sources dir} (recompile on change; off by default),
 * {@code --classpath path} (for recompiling; default the JVM's), {@code --processorpath path}
 * (when the processor is not on the class path), {@code --port n} (default
 * {@code PORT}, else 8080).
 */
public final class DevServer implements AutoCloseable {
    private static final DevConsole CONSOLE = new DevConsole(DevServer.class);

    private final LocalServer server;
    private final DirectoryWatcher watcher;

    private DevServer(LocalServer server, DirectoryWatcher watcher) {
        this.server = server;
        this.watcher = watcher;
    }

    public static void main(String[] args) throws Exception {
        DevServer dev = DevArguments.parse(args, System.getenv("PORT")).start();
        Runtime.getRuntime().addShutdownHook(new Thread(dev::close, "skiff-dev-shutdown"));
        dev.server.awaitStop();
    }

    /** Starts settings for the application built by {@code app} ({@code com.example.ItemsApp[#create]}). */
    public static Builder builder(String app) {
        return new Builder(app);
    }

    public int port() {
        return server.port();
    }

    public URI uri() {
        return server.uri();
    }

    /** Stops watching, then stops the server gracefully. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            CONSOLE.error("Closing the file watcher failed", e);
        }
        server.stop();
    }

    /**
     * Settings of a {@link DevServer}.
     *
     * <pre>{@code
     * DevServer dev = DevServer.builder("com.example.ItemsApp").classes(Path.of("target/classes"))
     *         .sources(Path.of("src/main/java")).port(8080).start();
     * }</pre>
     */
    public static final class Builder {
        private final String app;
        private Path classes = Path.of("target", "classes");
        private Path sources;
        private String classpath = System.getProperty("java.class.path");
        private String processorPath;
        private Path work = Path.of("target", "skiff-dev");
        private int port = 8080;
        private Duration quietPeriod = Duration.ofMillis(250);
        private DevListener listener = new DevListener() {};
        private Consumer<LocalServer.Builder> serverSettings = builder -> {};

        private Builder(String app) {
            this.app = Objects.requireNonNull(app, "app");
        }

        /** The compiled classes to watch and load. Default {@code target/classes}. */
        public Builder classes(Path classes) {
            this.classes = Objects.requireNonNull(classes, "classes");
            return this;
        }

        /** Sources to recompile on change; none by default (an IDE or {@code mvn compile} does it). */
        public Builder sources(Path sources) {
            this.sources = sources;
            return this;
        }

        /** The class path for recompiling: libraries and annotation processors. Default the JVM's. */
        public Builder classpath(String classpath) {
            this.classpath = Objects.requireNonNull(classpath, "classpath");
            return this;
        }

        /** Where the annotation processors are when they are not on the class path (annotationProcessorPaths). */
        public Builder processorPath(String processorPath) {
            this.processorPath = processorPath;
            return this;
        }

        /** Scratch space for versions and compiler output. Default {@code target/skiff-dev}. */
        public Builder workDirectory(Path work) {
            this.work = Objects.requireNonNull(work, "work");
            return this;
        }

        /** The port; 0 picks a free one. Default 8080. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** How long the files must be still before reloading. Default 250 ms. */
        public Builder quietPeriod(Duration quietPeriod) {
            this.quietPeriod = Objects.requireNonNull(quietPeriod, "quietPeriod");
            return this;
        }

        public Builder listener(DevListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Further server settings, such as {@code b -> b.maxBodyBytes(1024)}. */
        public Builder server(Consumer<LocalServer.Builder> settings) {
            this.serverSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Loads the first version and starts serving it.
         *
         * @throws IllegalStateException when the first version cannot be compiled or loaded
         */
        public DevServer start() throws IOException {
            Path classesDir = classes.toAbsolutePath();
            ApplicationFactory factory = new ApplicationFactory(app);
            Reloader reloader = new Reloader(factory, new Snapshots(work.resolve("versions")), classesDir,
                    DevServer.class.getClassLoader(), listener);
            SourceCompiler compiler = compiler(classesDir);
            if (compiler != null) {
                compile(compiler);
            }
            Application first;
            try {
                first = reloader.load();
            } catch (ReloadException e) {
                throw new IllegalStateException("dev server could not start: " + e.getMessage(), e);
            }
            LocalServer.Builder settings = LocalServer.builder(first).port(port)
                    .endpoint(LambdaEvents.PATH, new LambdaEvents());
            serverSettings.accept(settings);
            LocalServer server = settings.build().start();
            List<Path> roots = new ArrayList<>(List.of(classesDir));
            Path sourcesDir = sources == null ? null : sources.toAbsolutePath();
            if (compiler != null) {
                roots.add(sourcesDir);
            }
            DirectoryWatcher watcher = new DirectoryWatcher(roots, quietPeriod,
                    changed -> onChange(changed, classesDir, sourcesDir, compiler, reloader, server));
            watcher.start();
            CONSOLE.info("Dev mode on " + server.uri() + ": reloading " + factory.describe() + " when " + classesDir
                    + " changes" + (compiler == null ? "" : ", recompiling when " + sourcesDir + " changes"));
            return new DevServer(server, watcher);
        }

        private SourceCompiler compiler(Path classesDir) {
            if (sources == null) {
                return null;
            }
            if (!SourceCompiler.available()) {
                CONSOLE.error("This Java runtime has no compiler (javac); not recompiling " + sources + ": use a JDK", null);
                return null;
            }
            return new SourceCompiler(sources.toAbsolutePath(), classesDir, work.resolve("compile").toAbsolutePath(),
                    classpath + File.pathSeparator + classesDir, processorPath);
        }

        private void onChange(Set<Path> changed, Path classesDir, Path sourcesDir, SourceCompiler compiler,
                Reloader reloader, LocalServer server) {
            if (compiler != null && changed.contains(sourcesDir)) {
                // On success the copied classes change, and that change reloads.
                compile(compiler);
            }
            if (changed.contains(classesDir)) {
                reloader.reload(server::replace);
            }
        }

        private void compile(SourceCompiler compiler) {
            try {
                SourceCompiler.Result result = compiler.compile();
                if (!result.succeeded()) {
                    CONSOLE.error("Compilation failed; still serving the last good version:\n  "
                            + String.join("\n  ", result.errors()), null);
                    listener.compileFailed(result.errors());
                }
            } catch (IOException e) {
                CONSOLE.error("Compilation could not run: " + e, e);
                listener.compileFailed(List.of(e.toString()));
            }
        }
    }
}
