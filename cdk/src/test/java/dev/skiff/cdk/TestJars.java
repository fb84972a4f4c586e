package dev.skiff.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small stand-in jars: the constructs only stage and hash the file, never open it. */
final class TestJars {

    private TestJars() {
    }

    static Path create(String name) {
        try {
            Path dir = Files.createTempDirectory("skiff-cdk-test-");
            Path jar = dir.resolve(name);
            Files.writeString(jar, "stand-in for " + name, StandardCharsets.UTF_8);
            jar.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
