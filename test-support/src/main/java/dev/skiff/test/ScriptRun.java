package dev.skiff.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A checker script's run (an npm tool driven by {@code bash}): its exit status and its whole
 * output, which is also kept in a log file, so that a failing test shows what the tool said.
 *
 * <pre>{@code
 * Path script = ScriptRun.findUp("tools", "openapi-checks", "check.sh");
 * ScriptRun.of(List.of("bash", script.toString(), "openapi.json"), Path.of("target/check.log"), Duration.ofMinutes(3))
 *         .assertSucceeded("the OpenAPI checks");
 * }</pre>
 */
public record ScriptRun(List<String> command, int exitStatus, String output) {
    /** Runs {@code command}, output and errors into {@code log}; a run past {@code timeout} is killed and fails. */
    public static ScriptRun of(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out after " + timeout.toSeconds() + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new ScriptRun(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * {@code relative} resolved against the working directory or the nearest folder above it that
     * has it: a module's tests find the repository's {@code tools/} wherever Maven runs them.
     */
    public static Path findUp(String first, String... more) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of(first, more));
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no " + Path.of(first, more) + " in " + Path.of("").toAbsolutePath() + " or above it");
    }

    /**
     * Prints the output (warnings show in the test's log even on success) and fails unless the
     * script answered 0: status 1 is a finding of {@code what}, another means it could not run.
     */
    public ScriptRun assertSucceeded(String what) {
        System.out.println(output);
        if (exitStatus != 0) {
            throw new AssertionError(what + (exitStatus == 1 ? " failed" : " could not run (exit status " + exitStatus + ")")
                    + ":\n" + output);
        }
        return this;
    }
}
