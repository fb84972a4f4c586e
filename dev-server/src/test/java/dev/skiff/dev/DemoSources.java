package dev.skiff.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Writes and compiles versions of a small hand-written application, as a developer would edit it. */
final class DemoSources {
    private DemoSources() {}

    /** The application whose greeting (in a second class, so that it too must reload) is {@code version}. */
    static void write(Path sources, String version) throws IOException {
        write(sources, "demo/Greeting.java", """
                package demo;

                final class Greeting {
                    static String text() {
                        return "%s";
                    }
                }
                """.formatted(version));
        write(sources, "demo/DemoApp.java", """
                package demo;

                import dev.skiff.core.Application;
                import dev.skiff.core.HttpResponse;
                import dev.skiff.core.Lookup;
                import dev.skiff.core.Route;
                import java.io.ByteArrayInputStream;
                import java.util.List;
                import java.util.Set;

                public final class DemoApp {
                    public static Application create() {
                        Route hello = new Route("GET", "/hello", "hello", call -> HttpResponse.text(200, Greeting.text()));
                        Route slow = new Route("GET", "/slow", "slow", call -> {
                            dev.skiff.dev.Gate.enter();
                            return HttpResponse.text(200, "slow " + Greeting.text());
                        });
                        Route lines = new Route("GET", "/lines", "lines", call -> dev.skiff.support.Results.jsonLines(200,
                                dev.skiff.support.json.Codecs.ANY, java.util.stream.Stream.of(1, 2, 3)
                                        .map(n -> java.util.Map.of("n", n))));
                        List<Route> routes = List.of(hello, slow, lines);
                        return new Application("Demo", Greeting.text(), (method, segments) -> {
                            for (Route route : routes) {
                                if (segments.length == 1 && route.template().equals("/" + segments[0])) {
                                    return route.method().equals(method)
                                            ? new Lookup.Found(route, new String[0])
                                            : new Lookup.MethodNotAllowed(Set.of(route.method()));
                                }
                            }
                            return Lookup.NotFound.INSTANCE;
                        }, routes, () -> new ByteArrayInputStream("{}".getBytes()));
                    }
                }
                """);
    }

    /** A version whose factory fails at run time. */
    static void writeFailingFactory(Path sources) throws IOException {
        write(sources, "demo/DemoApp.java", """
                package demo;

                import dev.skiff.core.Application;

                public final class DemoApp {
                    public static Application create() {
                        throw new IllegalStateException("the store could not open");
                    }
                }
                """);
    }

    /** A version that does not compile (on line 5 of DemoApp.java). */
    static void writeBroken(Path sources) throws IOException {
        write(sources, "demo/DemoApp.java", """
                package demo;

                public final class DemoApp {
                    public static dev.skiff.core.Application create() {
                        return notAMethod();
                    }
                }
                """);
    }

    /** Compiles every source into {@code classes}, as an IDE build would. */
    static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none"));
        try (var files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        int status = javac.run(null, null, null, args.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("the test's own compilation failed");
        }
    }

    private static void write(Path sources, String file, String text) throws IOException {
        Path path = sources.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
