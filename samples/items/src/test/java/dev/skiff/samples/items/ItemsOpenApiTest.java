package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample's OpenAPI document is the product a client generator reads: it is valid and
 * matches the reviewed golden file. Regenerate with {@code -Dskiff.golden.update=true}.
 */
class ItemsOpenApiTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/openapi.json");
    private final String document = new String(ItemsApplication.create().openApiJson(), StandardCharsets.UTF_8);

    @Test
    void documentIsValidOpenApi31() {
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getInfo().getTitle()).isEqualTo("Items");
        assertThat(result.getOpenAPI().getInfo().getVersion()).isEqualTo("1.0.0");
        assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys("/items", "/items/{id}", "/items/by-tag", "/items/stream",
                "/items/events", "/items/count", "/items/{id}/card", "/items/form", "/items/{id}/photo", "/items/page",
                "/items/{id}/adjustments", "/me");
    }

    @Test
    void documentMatchesGolden() throws Exception {
        if (Boolean.getBoolean("skiff.golden.update")) {
            Files.writeString(GOLDEN, document, StandardCharsets.UTF_8);
        }
        assertThat(document).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
