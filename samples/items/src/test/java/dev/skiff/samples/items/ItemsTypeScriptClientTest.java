package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.test.LocalServerExtension;
import dev.skiff.test.ScriptRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TypeScript client the processor wrote beside {@code openapi.json}
 * ({@code target/classes/dev/skiff/samples/items/client.ts} and {@code queries.ts}), compiled with
 * {@code tsc --strict} and run with Node.js against the running sample by
 * {@code tools/ts-client-checks/check.sh}: every operation, a 404 and a 422 with their parsed
 * bodies, the JSON Lines stream re-chunked (a byte per chunk, all lines in one chunk, a last
 * line without newline), query text with spaces and {@code +}, and the TanStack Query options with
 * a {@code QueryClient} (an infinite query paging with {@code offset} too). First, the script
 * compiles the processor's golden client of its {@code java_client} fixture and runs
 * {@code runtime.test.mjs} on it against a recording fetch (encoding, path values, headers, raw
 * body media type, line endings, server-sent events' end of stream).
 *
 * <p>The tools come from {@code npm ci} in {@code tools/ts-client-checks}, which this module's
 * build runs in {@code generate-test-resources}. The compiled client and the output stay in
 * {@code target/ts-client-checks/}.
 */
class ItemsTypeScriptClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

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

        Path script = ScriptRun.findUp("tools", "ts-client-checks", "check.sh");
        ScriptRun.of(List.of("bash", script.toString(), generated.toString(), url, outDir.resolve("work").toString()),
                log, TIMEOUT).assertSucceeded("the TypeScript client checks");
    }
}
