package dev.skiff.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Small stand-in jars and Lambda package directories: the constructs only stage and hash the files,
 * never open them.
 */
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

    /**
     * A package directory laid out as runtime-lambda's packaging lays it out: executable
     * {@code bootstrap} and {@code skiff-exec-wrapper} scripts and {@code lib/app.jar}.
     */
    static Path packageDirectory() {
        Path dir = create("bootstrap").getParent();
        try {
            executable(dir.resolve("bootstrap"));
            executable(Files.writeString(dir.resolve("skiff-exec-wrapper"),
                    "stand-in for skiff-exec-wrapper", StandardCharsets.UTF_8));
            Path lib = Files.createDirectory(dir.resolve("lib"));
            Files.writeString(lib.resolve("app.jar"), "stand-in for app.jar", StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A native package directory: only the executable {@code bootstrap}. */
    static Path nativePackageDirectory() {
        Path bootstrap = create("bootstrap");
        try {
            executable(bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bootstrap.getParent();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
