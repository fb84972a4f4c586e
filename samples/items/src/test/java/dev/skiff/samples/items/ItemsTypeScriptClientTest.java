package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.test.LocalServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TypeScript client the processor wrote beside {@code openapi.json}
 * ({@code target/classes/dev/skiff/samples/items/client.ts} and {@code queries.ts}), compiled with
 * {@code tsc --strict} and run with Node.js against the running sample by
 * {@code tools/ts-client-checks/check.sh}: every operation, a 404 and a 422 with their parsed
 * bodies, the JSON Lines stream re-chunked (a byte per chunk, all lines in one chunk, a last
 * line without newline), and the TanStack Query options with a {@code QueryClient}.
 *
 * <p>The tools come from {@code npm ci} in {@code tools/ts-client-checks}, which this module's
 * build runs in {@code generate-test-resources}. The compiled client and the output stay in
 * {@code target/ts-client-checks/}.
 */
class ItemsTypeScriptClientTest {
    private static final long TIMEOUT_SECONDS = 180;

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void generatedClientCompilesStrictAndCallsEveryOperation() throws Exception {
        Path generated = Path.of("target", "classes", "dev", "skiff", "samples", "items").toAbsolutePath();
        assertThat(generated.resolve("client.ts")).isRegularFile();
        assertThat(generated.resolve("queries.ts")).isRegularFile();
        Path outDir = Path.of("target", "ts-client-checks").toAbsolutePath();
        Files.createDirectories(outDir);
        Path log = outDir.resolve("check.log");
        String url = SERVER.uri("/").toString();

        List<String> command = List.of("bash", checkScript().toString(), generated.toString(), url,
                outDir.resolve("work").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the TypeScript client checks timed out after " + TIMEOUT_SECONDS + " s: "
                    + String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(process.exitValue())
                .withFailMessage(() -> "the TypeScript client checks "
                        + (process.exitValue() == 1 ? "failed" : "could not run (exit status " + process.exitValue() + ")")
                        + ":\n" + output)
                .isZero();
    }

    private static Path checkScript() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools").resolve("ts-client-checks").resolve("check.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no tools/ts-client-checks/check.sh in " + Path.of("").toAbsolutePath() + " or above it");
    }
}
