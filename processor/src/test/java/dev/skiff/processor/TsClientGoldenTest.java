package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TypeScript client ({@code client.ts}) and TanStack Query options ({@code queries.ts}) the
 * processor writes beside {@code openapi.json}, for fixtures with optional and nullable
 * properties, enums, generics, enum-keyed maps, bytes, a stream (types17) and discriminated
 * unions (polymorphism), compared with golden files. Regenerate with
 * {@code -Dskiff.golden.update=true}. The sample's client is compiled with {@code tsc --strict}
 * and run against the sample in samples/items (ItemsTypeScriptClientTest).
 */
class TsClientGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/typescript");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"types17", "polymorphism"})
    void clientAndQueriesMatchGolden(String fixture) throws IOException {
        CompiledApi api = CompiledApi.compile(fixture);
        for (String file : new String[] {"client.ts", "queries.ts"}) {
            String actual = api.generated(StandardLocation.CLASS_OUTPUT, "fixtures/" + fixture + "/" + file);
            Goldens.assertMatches(GOLDEN.resolve(fixture + "." + file + ".txt"), actual);
        }
    }

    /**
     * The Java client's fixture, for what both clients must agree on: a path and a query parameter
     * both named id, a query and a header both named ref (distinct properties: pathId, queryId,
     * queryRef, headerRef), a text/plain body sent with its media type, a declared 404 in the
     * operation's error union, and names by the shared rule (ClientNames). The golden file is also
     * what tools/ts-client-checks/runtime.test.mjs compiles and runs against a recording fetch.
     */
    @Test
    void theJavaClientsFixture_matchesGolden() throws IOException {
        CompiledApi api = CompiledApi.compile("java_client");
        for (String file : new String[] {"client.ts", "queries.ts"}) {
            String actual = api.generated(StandardLocation.CLASS_OUTPUT, "fixtures/client/" + file);
            Goldens.assertMatches(GOLDEN.resolve("shop." + file + ".txt"), actual);
        }
    }

    @Test
    void typescriptDirOptionAlsoWritesTheFilesThere(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("website").resolve("api");
        Compilation compilation = javac().withProcessors(new SkiffProcessor())
                .withOptions("-parameters", "-A" + SkiffProcessor.TYPESCRIPT_DIR_OPTION + "=" + target)
                .compile(Fixtures.sources("polymorphism"));
        assertThat(compilation).succeededWithoutWarnings();
        CompiledApi api = CompiledApi.of(compilation);
        for (String file : new String[] {"client.ts", "queries.ts"}) {
            assertThat(Files.readString(target.resolve(file), StandardCharsets.UTF_8))
                    .isEqualTo(api.generated(StandardLocation.CLASS_OUTPUT, "fixtures/polymorphism/" + file));
        }
    }
}
