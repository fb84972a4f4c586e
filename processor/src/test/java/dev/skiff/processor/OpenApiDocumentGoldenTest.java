package dev.skiff.processor;


import java.io.IOException;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI documents of fixtures that declare responses, response headers, examples, each
 * kind of authentication with operations exempt from it, and servers (declared or the local
 * default), compared with golden files. Regenerate with {@code -Dskiff.golden.update=true}.
 */
class OpenApiDocumentGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/responses17");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iam", "cognito", "none", "custom"})
    void documentMatchesGolden(String fixture) throws IOException {
        CompiledApi api = CompiledApi.compile("responses17/" + fixture);
        String actual = api.generated(StandardLocation.CLASS_OUTPUT, "fixtures/responses17/" + fixture + "/openapi.json");
        Path file = GOLDEN.resolve(fixture + ".openapi.json.txt");
        Goldens.assertMatches(file, actual);
    }
}
