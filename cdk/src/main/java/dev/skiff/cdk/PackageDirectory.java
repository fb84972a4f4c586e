package dev.skiff.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Facts about the deployable directory that runtime-lambda's packaging produces and
 * {@link StreamingRuntime#SKIFF} deploys: {@code bootstrap} (a custom runtime's entry, or the native
 * executable), {@code skiff-exec-wrapper} (for the managed Java runtimes) and {@code lib/*.jar}.
 * Lambda extracts it into {@code /var/task}, whose {@code lib/*} the managed Java runtimes put on the
 * class path, so the same directory also serves a buffered {@code RequestStreamHandler}.
 */
final class PackageDirectory {

    /** The custom runtime's entry point: a script starting the JVM, or the native executable. */
    static final String BOOTSTRAP = "bootstrap";

    /** The script that makes a managed Java runtime start Skiff's runtime. */
    static final String EXEC_WRAPPER = "skiff-exec-wrapper";

    /** The variable that names a managed runtime's exec wrapper. */
    static final String WRAPPER_VARIABLE = "AWS_LAMBDA_EXEC_WRAPPER";

    /** Where Lambda finds the wrapper: the package is extracted into {@code /var/task}. */
    static final String EXEC_WRAPPER_PATH = "/var/task/" + EXEC_WRAPPER;

    /**
     * The variable that makes Skiff's runtime answer whole (runtime-lambda's
     * {@code LambdaRuntime.RESPONSE_MODE_VARIABLE}), for a function that always runs it (a native
     * {@code bootstrap}) behind a buffered integration.
     */
    static final String RESPONSE_MODE_VARIABLE = "SKIFF_RESPONSE_MODE";

    private PackageDirectory() {
    }

    /**
     * The environment that starts Skiff's runtime: the exec wrapper on a managed Java runtime; on
     * {@code provided.al2023} Lambda runs the package's {@code bootstrap} itself.
     */
    static Map<String, String> environment(SkiffRuntime runtime) {
        return runtime.isJvm() ? Map.of(WRAPPER_VARIABLE, EXEC_WRAPPER_PATH) : Map.of();
    }

    /**
     * The file a directory must hold to start Skiff's runtime on {@code runtime}, or {@code null}
     * when it holds it.
     */
    static String missingEntry(Path directory, SkiffRuntime runtime) {
        String entry = runtime.isJvm() ? EXEC_WRAPPER : BOOTSTRAP;
        return Files.isRegularFile(directory.resolve(entry)) ? null : entry;
    }
}
