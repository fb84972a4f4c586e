package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime contract stands on its own: the support for generated code depends on it, never
 * the reverse, so a runtime or an application never reaches the support packages through it.
 * Read from the sources, so it needs no bytecode tool; a package-info declares no type and may
 * point readers to the support packages.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/skiff");

    @Test
    void runtimeContractDoesNotNameSupportPackages() throws IOException {
        assertThat(sourcesNaming("core", "dev.skiff.support")).isEmpty();
    }

    @Test
    void userApiDoesNotNameSupportPackages() throws IOException {
        assertThat(sourcesNaming("api", "dev.skiff.support")).isEmpty();
    }

    private static List<String> sourcesNaming(String pkg, String name) throws IOException {
        Path dir = SOURCES.resolve(pkg);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
            assertThat(sources).as("sources of dev.skiff.%s", pkg).isNotEmpty();
            return sources.stream().filter(f -> read(f).contains(name)).map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
