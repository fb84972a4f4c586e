package dev.skiff.client.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code clients/typescript/sigv4-fetch.ts}, the SigV4-signing {@code fetch} for TypeScript callers,
 * compiled with {@code tsc --strict} and its node:test tests run on the compiled JavaScript by
 * {@code clients/typescript/test.sh}: the same test suite file as {@link SigV4TestSuiteTest} gives
 * the published {@code Authorization} headers. The npm packages come from {@code npm ci} in
 * {@code clients/typescript}, which this module's build runs in {@code generate-test-resources}.
 */
class TypeScriptSigV4FetchTest {
    private static final long TIMEOUT_SECONDS = 180;

    @Test
    void compilesStrictAndSignsTheTestSuiteAsPublished() throws Exception {
        Path clients = clientsDirectory();
        Path suite = Path.of("src", "test", "resources", "sigv4-test-suite.json").toAbsolutePath();
        Path log = Path.of("target", "typescript-sigv4.log").toAbsolutePath();
        Files.createDirectories(log.getParent());

        List<String> command = List.of("bash", clients.resolve("test.sh").toString(), suite.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("clients/typescript/test.sh timed out after " + TIMEOUT_SECONDS + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .withFailMessage(() -> "clients/typescript/test.sh failed (exit status " + process.exitValue() + "):\n"
                        + output)
                .isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }

    private static Path clientsDirectory() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("clients").resolve("typescript");
            if (Files.isRegularFile(candidate.resolve("test.sh"))) {
                return candidate;
            }
        }
        throw new IOException("no clients/typescript/test.sh in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
