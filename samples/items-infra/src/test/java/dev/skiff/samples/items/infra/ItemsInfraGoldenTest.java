package dev.skiff.samples.items.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/**
 * The sample app's synthesised templates, compared with a reviewed snapshot so that any change to
 * the infrastructure shows up in review. Asset hashes are replaced by a placeholder; the jar is a
 * small stand-in with fixed content, so the rest of the output is stable. Rewrite the snapshot
 * with {@code -Dskiff.updateGolden=true} and review the diff.
 */
class ItemsInfraGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/items-infra.templates.json");
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static String synthesised;

    @BeforeAll
    static void synth(@TempDir Path dir) throws IOException {
        // GIVEN the sample app with cdk.json's context, pointed at a stand-in jar
        Path jar = dir.resolve("skiff-sample-items-0.1.0-SNAPSHOT-all.jar");
        Files.writeString(jar, "stand-in for the items API jar", StandardCharsets.UTF_8);
        Map<String, Object> context = new TreeMap<>(cdkJsonContext());
        context.put(ItemsJar.CONTEXT_KEY, jar.toString());
        App app = new App(AppProps.builder()
                .context(context)
                .outdir(dir.resolve("cdk.out").toString())
                .build());
        ItemsStacks.addTo(app, ItemsJar.locate(app));
        // WHEN both stacks are synthesised
        Map<String, Object> templates = new TreeMap<>();
        templates.put(ItemsStacks.HTTP_API_STACK, template(app, ItemsStacks.HTTP_API_STACK));
        templates.put(ItemsStacks.STREAMING_STACK, template(app, ItemsStacks.STREAMING_STACK));
        synthesised = normalise(JSON.writeValueAsString(templates)) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cdkJsonContext() throws IOException {
        Map<String, Object> cdkJson = JSON.readValue(Path.of("cdk.json").toFile(), Map.class);
        return (Map<String, Object>) cdkJson.get("context");
    }

    private static Object template(App app, String stackName) {
        return Template.fromStack((software.amazon.awscdk.Stack) app.getNode().findChild(stackName)).toJSON();
    }

    /**
     * Asset hashes, and the version ids derived from them, change with the jar's bytes and CDK's
     * hashing; the structure is what we review.
     */
    static String normalise(String json) {
        return json.replaceAll("[0-9a-f]{64}", "<asset-hash>")
                .replaceAll("CurrentVersion([0-9A-F]{8})[0-9a-f]{32}", "CurrentVersion$1<hash>");
    }

    @Test
    void templates_matchTheReviewedSnapshot() throws IOException {
        if (Boolean.getBoolean("skiff.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, synthesised, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file; create it with -Dskiff.updateGolden=true").exists();
        assertThat(synthesised).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void templates_putNothingInFrontOfTheFunctionWithoutIam() {
        assertThat(synthesised)
                .contains("\"AuthorizationType\" : \"AWS_IAM\"")
                .contains("\"AuthType\" : \"AWS_IAM\"")
                .doesNotContain("\"AuthType\" : \"NONE\"");
    }

    @Test
    void missingJar_failsWithHowToBuildIt(@TempDir Path dir) {
        App app = new App(AppProps.builder()
                .context(Map.of(ItemsJar.CONTEXT_KEY, dir.resolve("absent.jar").toString()))
                .build());
        assertThatThrownBy(() -> ItemsJar.locate(app))
                .hasMessageStartingWith("the items API jar is missing at " + dir.resolve("absent.jar"))
                .hasMessageContaining("mvn -B -pl samples/items -am package -DskipTests");
    }
}
