package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The native-image metadata registers for reflection only what databind still reads or writes:
 * a type left to it, its superclasses and the types it holds, by binary names that load. The
 * types with generated codecs (bodies, results, nested records, collection, map, optional and
 * stream elements, enums) need none. The document itself is included as a resource.
 */
class NativeImageMetadataTest {
    private static final String DIRECTORY = "META-INF/native-image/skiff/fixtures.native_metadata/";
    /** Written by the framework from JSON trees, not from classes. */
    private static final Set<String> ERROR_SCHEMAS = Set.of("HTTPError", "HTTPValidationError", "ValidationError");

    private final CompiledApi compiled = CompiledApi.compile("native_metadata");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void onlyWhatDatabindReads_isRegisteredForReflection_byABinaryNameThatLoads() throws IOException {
        List<String> registered = registered();
        Set<String> components = new TreeSet<>();
        json.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, "fixtures/native_metadata/openapi.json"))
                .get("components").get("schemas").fieldNames().forEachRemaining(components::add);
        components.removeAll(ERROR_SCHEMAS);

        assertThat(components).containsExactlyInAnyOrder("Address", "Channel", "Customer", "Discount", "Event",
                "Line", "Order", "Receipt", "Sort");
        assertThat(registered).containsExactly("fixtures.native_metadata.Customer", "fixtures.native_metadata.Party",
                "fixtures.native_metadata.ShopApi$Address");
        for (String binaryName : registered) {
            assertThat(compiled.load(binaryName).getName()).isEqualTo(binaryName);
        }
    }

    @Test
    void aBeansSuperclass_isRegisteredToo_forTheGettersItInherits() throws IOException {
        assertThat(registered()).contains("fixtures.native_metadata.Party", "fixtures.native_metadata.Customer")
                .doesNotContain("fixtures.native_metadata.ShopApi$Order");
    }

    @Test
    void everyRegisteredClass_allowsWhatJacksonIntrospects() throws IOException {
        for (JsonNode entry : reflectConfig()) {
            for (String flag : List.of("allDeclaredConstructors", "allPublicConstructors", "allDeclaredMethods",
                    "allPublicMethods", "allDeclaredFields", "allPublicFields")) {
                assertThat(entry.path(flag).asBoolean()).as(entry.get("name") + " " + flag).isTrue();
            }
        }
    }

    @Test
    void theOpenApiDocumentAndTheValidationMessages_areIncludedAsResources() throws IOException {
        JsonNode includes = json.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT,
                DIRECTORY + "resource-config.json")).get("resources").get("includes");

        List<String> patterns = new ArrayList<>();
        includes.forEach(include -> patterns.add(include.get("pattern").asText()));
        assertThat(patterns).hasSize(4);
        assertThat(Pattern.matches(patterns.get(0), "fixtures/native_metadata/openapi.json")).isTrue();
        for (String file : List.of("ValidationMessages.properties", "ValidationMessages_en.properties",
                "ValidationMessages_en_US.properties")) {
            assertThat(patterns).anyMatch(pattern -> Pattern.matches(pattern, file));
        }
        assertThat(patterns).noneMatch(pattern -> Pattern.matches(pattern, "ValidationMessages_de.properties"));
    }

    private List<String> registered() throws IOException {
        List<String> names = new ArrayList<>();
        reflectConfig().forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }

    private JsonNode reflectConfig() throws IOException {
        return json.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, DIRECTORY + "reflect-config.json"));
    }

}
