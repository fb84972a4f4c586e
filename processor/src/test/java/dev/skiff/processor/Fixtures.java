package dev.skiff.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles the fixture sources under {@code src/test/resources/fixtures/<case>/} with the processor. */
final class Fixtures {
    private Fixtures() {}

    static Compilation compile(String fixture) {
        return compile(sources(fixture));
    }

    static Compilation compile(List<JavaFileObject> sources) {
        return javac().withProcessors(new SkiffProcessor()).withOptions("-parameters").compile(sources);
    }

    static List<JavaFileObject> sources(String fixture) {
        try (Stream<Path> files = Files.walk(directory(fixture))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(Fixtures::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture source {@code fileName} of {@code fixture}, as diagnostics name it. */
    static JavaFileObject source(String fixture, String fileName) {
        return source(directory(fixture).resolve(fileName));
    }

    private static JavaFileObject source(Path path) {
        try {
            return JavaFileObjects.forResource(path.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String fixture) {
        URL url = Fixtures.class.getResource("/fixtures/" + fixture);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + fixture);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
