package dev.skiff.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stages a deployment package for the Web Adapter: the application jar, or a copy of a package
 * directory, plus a generated, executable {@code run.sh}. Lambda extracts the package into
 * {@code /var/task}; the Web Adapter's wrapper then runs the script as the handler. Staging happens
 * at synth time in a fresh temporary directory that CDK copies into the cloud assembly, so the
 * asset hash covers both the application and the script.
 */
final class LaunchPackage {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    /** What the managed Java runtimes put on the class path for a package directory, as run.sh must. */
    static final String PACKAGE_CLASS_PATH = "$LAMBDA_TASK_ROOT:$LAMBDA_TASK_ROOT/lib/*";

    private LaunchPackage() {
    }

    /** Stages {@code application}, a jar file or a package directory, to start {@code mainClass}. */
    static Path stage(Path application, String mainClass) {
        try {
            Path dir = Files.createTempDirectory("skiff-launch-");
            dir.toFile().deleteOnExit();
            String classPath;
            if (Files.isDirectory(application)) {
                copyTree(application, dir);
                classPath = PACKAGE_CLASS_PATH;
            } else {
                String jarName = application.getFileName().toString();
                Path stagedJar = dir.resolve(jarName);
                Files.copy(application, stagedJar);
                stagedJar.toFile().deleteOnExit();
                classPath = "$LAMBDA_TASK_ROOT/" + jarName;
            }
            Path script = dir.resolve(WebAdapter.LAUNCH_SCRIPT);
            Files.writeString(script, WebAdapter.launchScript(classPath, mainClass), StandardCharsets.UTF_8);
            script.toFile().deleteOnExit();
            makeExecutable(script);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the Function URL package for " + application, e);
        }
    }

    /** Copies with attributes, so the package's scripts stay executable. */
    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(source)) {
            entries = walk.filter(p -> !p.equals(source)).toList();
        }
        // Pre-order: a directory is created, and registered for deletion, before what it holds.
        for (Path entry : entries) {
            Path copy = target.resolve(source.relativize(entry).toString());
            Files.copy(entry, copy, StandardCopyOption.COPY_ATTRIBUTES);
            copy.toFile().deleteOnExit();
        }
    }

    private static void makeExecutable(Path script) throws IOException {
        try {
            Files.setPosixFilePermissions(script, EXECUTABLE);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the bit cannot be recorded here.
            if (!script.toFile().setExecutable(true, false)) {
                throw new IOException("cannot mark " + script + " executable", e);
            }
        }
    }
}
