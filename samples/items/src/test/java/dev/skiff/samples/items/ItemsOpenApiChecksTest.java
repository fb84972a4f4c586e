package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.samples.items.client.ApiClient;
import dev.skiff.samples.items.client.model.NewItem;
import dev.skiff.test.LocalServerExtension;
import dev.skiff.test.ScriptRun;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample's OpenAPI document under the tools its readers use, with
 * {@code tools/openapi-checks/check.sh}: {@code redocly lint} with the recommended ruleset (any error
 * fails, warnings are printed), the JavaScript swagger-parser, the OpenAPI 3.1 schema and JSON Schema
 * 2020-12 checks, and {@code tsc --strict} on the typescript-fetch client openapi-generator made from
 * the document in {@code generate-test-sources}. The Java swagger-parser runs in
 * {@link ItemsOpenApiTest}; openapi-generator's java (native) client is compiled with these tests
 * and called here against the running sample.
 *
 * <p>The tools come from {@code npm ci} in {@code tools/openapi-checks}, which this module's build
 * runs in {@code generate-test-resources}. The checked document stays in
 * {@code target/openapi-checks/}, with the tools' output in {@code check.log}.
 */
class ItemsOpenApiChecksTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void documentPassesRedoclySwaggerParserSchemaChecksAndItsTypeScriptClientCompiles() throws Exception {
        Path outDir = Path.of("target", "openapi-checks").toAbsolutePath();
        Files.createDirectories(outDir);
        Path document = outDir.resolve("openapi.json");
        Files.write(document, ItemsApplication.create().openApiJson());
        Path tsClient = Path.of("target", "generated-clients", "typescript-fetch").toAbsolutePath();
        Path log = outDir.resolve("check.log");

        Path script = ScriptRun.findUp("tools", "openapi-checks", "check.sh");
        // redocly's warnings do not fail the build: they show in the test's output
        ScriptRun.of(List.of("bash", script.toString(), "--ts-client", tsClient.toString(), document.toString()), log,
                TIMEOUT).assertSucceeded("the OpenAPI checks on " + document);
    }

    @Test
    void generatedJavaClientCreatesAndReadsAnItem() throws Exception {
        var items = new dev.skiff.samples.items.client.api.ItemsApi(
                new ApiClient().setHost("localhost").setPort(SERVER.port()));

        var created = items.createItem(new NewItem().name("Lamp").price(new BigDecimal("19.90")).addTagsItem("home"));

        assertThat(created.getName()).isEqualTo("Lamp");
        assertThat(created.getPrice()).isEqualByComparingTo("19.90");
        var fetched = items.getItem(created.getId());
        assertThat(fetched.getName()).isEqualTo("Lamp");
        assertThat(fetched.getTags()).containsExactly("home");
    }
}
