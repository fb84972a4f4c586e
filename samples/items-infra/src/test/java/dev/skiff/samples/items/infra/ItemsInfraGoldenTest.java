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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.skiff.cdk.TemplateChecks;
import dev.skiff.samples.items.SkiffOperations;
import software.amazon.awscdk.assertions.Annotations;
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

    static final List<String> STACKS =
            List.of(ItemsStacks.REST_API_STACK, ItemsStacks.STREAMING_STACK, ItemsStacks.ORDERS_STACK);

    static App app;
    static String synthesised;
    static Map<String, Object> templates;

    @BeforeAll
    static void synth(@TempDir Path dir) throws IOException {
        // GIVEN the sample app with cdk.json's context, pointed at stand-in Lambda packages
        Map<String, Object> context = new TreeMap<>(cdkJsonContext());
        for (SamplePackage sample : SamplePackage.values()) {
            context.put(sample.contextKey, standInPackage(dir.resolve(sample.sample), sample.sample).toString());
        }
        app = new App(AppProps.builder()
                .context(context)
                .outdir(dir.resolve("cdk.out").toString())
                .build());
        ItemsStacks.addTo(app, SamplePackage.ITEMS.locate(app), SamplePackage.ORDERS.locate(app));
        // WHEN every stack is synthesised
        templates = new TreeMap<>();
        for (String stack : STACKS) {
            templates.put(stack, template(app, stack));
        }
        synthesised = normalise(JSON.writeValueAsString(templates)) + "\n";
    }

    /** The layout a sample's build writes to target/lambda, with fixed stand-in content. */
    private static Path standInPackage(Path dir, String sample) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        for (String script : new String[] {"bootstrap", "skiff-exec-wrapper"}) {
            Path file = Files.writeString(dir.resolve(script), "stand-in for " + script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(dir.resolve("lib/skiff-sample-" + sample + "-0.1.0-SNAPSHOT.jar"),
                "stand-in for the " + sample + " API jar", StandardCharsets.UTF_8);
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

    /**
     * The orders service calls the items REST API: its function's role may invoke GET /items/{id}
     * (and only GET paths below /items/) of that API, and the function knows the API's URL.
     */
    @Test
    void ordersStack_mayCallTheItemsApi() {
        Template items = Template.fromJSON(asMap(templates.get(ItemsStacks.REST_API_STACK)));
        Template orders = Template.fromJSON(asMap(templates.get(ItemsStacks.ORDERS_STACK)));
        // the export through which the orders stack reaches the items REST API's id
        String itemsApiId = items.findResources("AWS::ApiGateway::RestApi").keySet().iterator().next();
        String itemsApiIdExport = exportOf(items, Map.of("Ref", itemsApiId));

        orders.resourceCountIs("AWS::Lambda::Function", dev.skiff.samples.orders.SkiffOperations.values().length);
        Map<String, Object> importedApiId = Map.of("Fn::ImportValue", itemsApiIdExport);
        Object invokeGetItem = Match.objectLike(Map.of(
                "Action", "execute-api:Invoke",
                "Effect", "Allow",
                "Resource", joined(":execute-api:", importedApiId, "/*/GET/items/*")));
        orders.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("^OrdersApiPlaceOrderFunctionServiceRole"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(invokeGetItem)))))));
        Object itemsUrl = joined("https://", importedApiId, ".execute-api.");
        orders.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", ItemsStacks.ORDERS_HANDLER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of("ITEMS_API_URL", itemsUrl))))));
        // read-only, but the ARN's * also matches deeper GET paths: synthesis says which
        Annotations.fromStack((software.amazon.awscdk.Stack) app.getNode().findChild(ItemsStacks.REST_API_STACK))
                .hasWarning("*", Match.stringLikeRegexp(
                        "grantInvokeAccess for getItem also lets the grantee call .*streamItems.*"));
        // no other execute-api grant in the stack's IAM policies
        orders.resourcePropertiesCountIs("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", "execute-api:Invoke")))))))), 1);
    }

    /** An {@code Fn::Join} with "" of parts among which are {@code parts}, in this order. */
    private static Object joined(Object... parts) {
        return Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(parts))));
    }

    /** The name of the export in {@code template} whose value is {@code value}. */
    @SuppressWarnings("unchecked")
    private static String exportOf(Template template, Object value) {
        Map<String, Object> outputs = (Map<String, Object>) template.toJSON().get("Outputs");
        return outputs.values().stream()
                .map(output -> (Map<String, Object>) output)
                .filter(output -> value.equals(output.get("Value")) && output.containsKey("Export"))
                .map(output -> (String) ((Map<String, Object>) output.get("Export")).get("Name"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no export of " + value + " in " + outputs.keySet()));
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
                .context(Map.of(SamplePackage.ITEMS.contextKey, dir.resolve("lambda").toString(),
                        SamplePackage.ORDERS.contextKey, dir.resolve("orders").toString()))
                .build());
        assertThatThrownBy(() -> SamplePackage.ITEMS.locate(app))
                .hasMessageStartingWith("the items API's Lambda package is missing at " + dir.resolve("lambda"))
                .hasMessageContaining("mvn -B -pl samples/items -am package -DskipTests");
        assertThatThrownBy(() -> SamplePackage.ORDERS.locate(app))
                .hasMessageStartingWith("the orders API's Lambda package is missing at " + dir.resolve("orders"))
                .hasMessageContaining("mvn -B -pl samples/orders -am package -DskipTests")
                .hasMessageEndingWith("-c ordersPackage=<directory>");
    }

    /**
     * The contract with the samples' builds, checked on their real output when they have been
     * built: the scripts the stacks may start are executable, and lib/ holds the handler class.
     */
    @Test
    void builtPackages_holdWhatTheStacksStart() throws IOException {
        Map<SamplePackage, String> handlers = Map.of(
                SamplePackage.ITEMS, ItemsStacks.HANDLER, SamplePackage.ORDERS, ItemsStacks.ORDERS_HANDLER);
        for (SamplePackage sample : SamplePackage.values()) {
            Path built = Path.of(sample.defaultLocation).toAbsolutePath().normalize();
            Assumptions.assumeTrue(Files.isDirectory(built),
                    "not built yet (mvn -B -pl samples/" + sample.sample + " -am package -DskipTests): " + built);
            App app = new App(AppProps.builder().context(Map.of(sample.contextKey, built.toString())).build());
            assertThat(sample.locate(app)).isEqualTo(built);
            for (String script : new String[] {"bootstrap", "skiff-exec-wrapper"}) {
                assertThat(Files.getPosixFilePermissions(built.resolve(script)))
                        .as(script).contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            }
            String handler = handlers.get(sample);
            String handlerClass = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
            assertThat(jarsIn(built.resolve("lib")).filter(jar -> holds(jar, handlerClass)))
                    .as("a jar in " + built.resolve("lib") + " holding " + handlerClass).hasSize(1);
        }
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
