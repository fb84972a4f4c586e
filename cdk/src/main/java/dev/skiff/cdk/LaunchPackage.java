package dev.skiff.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Stages a Function URL's deployment package: the application jar plus a generated, executable
 * {@code run.sh}. Lambda extracts the package into {@code /var/task}; the Web Adapter's wrapper then
 * runs the script as the handler. Staging happens at synth time in a fresh temporary directory that
 * CDK copies into the cloud assembly, so the asset hash covers both the jar and the script.
 */
final class LaunchPackage {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private LaunchPackage() {
    }

    static Path stage(Path jar, String mainClass) {
        try {
            Path dir = Files.createTempDirectory("skiff-launch-");
            dir.toFile().deleteOnExit();
            String jarName = jar.getFileName().toString();
            Path stagedJar = dir.resolve(jarName);
            Files.copy(jar, stagedJar);
            stagedJar.toFile().deleteOnExit();
            Path script = dir.resolve(WebAdapter.LAUNCH_SCRIPT);
            Files.writeString(script, WebAdapter.launchScript(jarName, mainClass), StandardCharsets.UTF_8);
            script.toFile().deleteOnExit();
            makeExecutable(script);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the Function URL package for " + jar, e);
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
