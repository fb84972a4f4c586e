package dev.skiff.samples.items.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.skiff.cdk.TemplateChecks;
import dev.skiff.samples.items.SkiffOperations;
import software.amazon.awscdk.assertions.Match;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/**
 * The sample app's synthesised templates, compared with a reviewed snapshot so that any change to
 * the infrastructure shows up in review. Asset hashes are replaced by a placeholder; the Lambda
 * package is a small stand-in with fixed content, so the rest of the output is stable. Rewrite the
 * snapshot with {@code -Dskiff.updateGolden=true} and review the diff.
 */
class ItemsInfraGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/items-infra.templates.json");
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    static String synthesised;
    static Map<String, Object> templates;

    @BeforeAll
    static void synth(@TempDir Path dir) throws IOException {
        // GIVEN the sample app with cdk.json's context, pointed at a stand-in Lambda package
        Path lambdaPackage = standInPackage(dir.resolve("lambda"));
        Map<String, Object> context = new TreeMap<>(cdkJsonContext());
        context.put(ItemsPackage.CONTEXT_KEY, lambdaPackage.toString());
        App app = new App(AppProps.builder()
                .context(context)
                .outdir(dir.resolve("cdk.out").toString())
                .build());
        ItemsStacks.addTo(app, ItemsPackage.locate(app));
        // WHEN both stacks are synthesised
        templates = new TreeMap<>();
        templates.put(ItemsStacks.REST_API_STACK, template(app, ItemsStacks.REST_API_STACK));
        templates.put(ItemsStacks.STREAMING_STACK, template(app, ItemsStacks.STREAMING_STACK));
        synthesised = normalise(JSON.writeValueAsString(templates)) + "\n";
    }

    /** The layout the sample's build writes to target/lambda, with fixed stand-in content. */
    private static Path standInPackage(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        for (String script : new String[] {"bootstrap", "skiff-exec-wrapper"}) {
            Path file = Files.writeString(dir.resolve(script), "stand-in for " + script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(dir.resolve("lib/skiff-sample-items-0.1.0-SNAPSHOT.jar"),
                "stand-in for the items API jar", StandardCharsets.UTF_8);
        return dir;
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
     * Asset hashes, and the version ids derived from them, change with the package's bytes and
     * CDK's hashing; the structure is what we review.
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
    void templates_passControlTowerRulesAndTheLint() {
        TemplateChecks.assertAllCompliant(templates);
    }

    /** The default stack: one function per operation, each serving its own, each method signed. */
    @Test
    void restStack_givesEveryOperationItsOwnAuthorisedFunction() {
        Template rest = Template.fromJSON(asMap(templates.get(ItemsStacks.REST_API_STACK)));
        rest.resourceCountIs("AWS::Lambda::Function", SkiffOperations.values().length);
        for (SkiffOperations op : SkiffOperations.values()) {
            rest.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "Environment", Map.of("Variables", Match.objectLike(Map.of("SKIFF_OPERATION", op.operationId()))))));
        }
        rest.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", Match.not(Match.exact("OPTIONS")), "AuthorizationType", "AWS_IAM")),
                SkiffOperations.values().length);
        rest.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", Match.not(Match.exact("OPTIONS")), "AuthorizationType", Match.not(Match.exact("AWS_IAM")))),
                0);
        // Per-operation options, set through the generated operations type.
        rest.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "MemorySize", 1536,
                "Environment", Map.of("Variables", Match.objectLike(Map.of("SKIFF_OPERATION", "createItem"))))));
        rest.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Timeout", 300,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "SKIFF_OPERATION", "streamItems",
                        "AWS_LAMBDA_EXEC_WRAPPER", "/var/task/skiff-exec-wrapper"))))));
        // The streaming operations: JSON Lines and server-sent events.
        rest.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "Integration", Match.objectLike(Map.of("ResponseTransferMode", "STREAM")))),
                (int) Arrays.stream(SkiffOperations.values()).filter(SkiffOperations::streams).count());
        assertThat(Arrays.stream(SkiffOperations.values()).filter(SkiffOperations::streams))
                .containsExactlyInAnyOrder(SkiffOperations.STREAM_ITEMS, SkiffOperations.ITEM_EVENTS);
        rest.resourceCountIs("AWS::WAFv2::WebACL", 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object template) {
        return (Map<String, Object>) template;
    }

    @Test
    void streamingStack_runsSkiffsRuntimeWithoutTheWebAdapter() {
        assertThat(synthesised)
                .contains("\"AWS_LAMBDA_EXEC_WRAPPER\" : \"/var/task/skiff-exec-wrapper\"")
                .contains("\"InvokeMode\" : \"RESPONSE_STREAM\"")
                .doesNotContain("LambdaAdapterLayer")
                .doesNotContain("AWS_LWA_");
    }

    @Test
    void missingPackage_failsWithHowToBuildIt(@TempDir Path dir) {
        App app = new App(AppProps.builder()
                .context(Map.of(ItemsPackage.CONTEXT_KEY, dir.resolve("lambda").toString()))
                .build());
        assertThatThrownBy(() -> ItemsPackage.locate(app))
                .hasMessageStartingWith("the items API's Lambda package is missing at " + dir.resolve("lambda"))
                .hasMessageContaining("mvn -B -pl samples/items -am package -DskipTests");
    }

    /**
     * The contract with the sample's build, checked on its real output when it has been built: the
     * scripts the streaming stack starts are executable, and lib/ holds the handler class.
     */
    @Test
    void builtPackage_holdsWhatTheStreamingStackStarts() throws IOException {
        Path built = Path.of(ItemsPackage.DEFAULT).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(built),
                "not built yet (mvn -B -pl samples/items -am package -DskipTests): " + built);
        App app = new App(AppProps.builder()
                .context(Map.of(ItemsPackage.CONTEXT_KEY, built.toString()))
                .build());
        ItemsStacks.addTo(app, ItemsPackage.locate(app));
        for (String script : new String[] {"bootstrap", "skiff-exec-wrapper"}) {
            assertThat(Files.getPosixFilePermissions(built.resolve(script)))
                    .as(script).contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        }
        String handlerClass = ItemsStacks.HANDLER.substring(0, ItemsStacks.HANDLER.indexOf("::"))
                .replace('.', '/') + ".class";
        assertThat(jarsIn(built.resolve("lib")).filter(jar -> holds(jar, handlerClass)))
                .as("a jar in lib/ holding " + handlerClass).hasSize(1);
    }

    private static Stream<Path> jarsIn(Path lib) throws IOException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.toString().endsWith(".jar")).toList().stream();
        }
    }

    private static boolean holds(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(jar.toString(), e);
        }
    }
}
