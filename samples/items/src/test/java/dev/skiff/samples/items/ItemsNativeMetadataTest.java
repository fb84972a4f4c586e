package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sample's native-image metadata cannot drift from its API: every schema of the OpenAPI
 * document has a generated codec, so the processor registers none of them for reflection,
 * every registered class exists,
 * the document is an included resource, and the hand-written entry-point metadata names what
 * the runtime client and SLF4J really instantiate.
 */
class ItemsNativeMetadataTest {
    private static final String GENERATED = "META-INF/native-image/skiff/dev.skiff.samples.items/";
    private static final String ENTRY = "META-INF/native-image/dev.skiff/skiff-sample-items/reflect-config.json";
    /** Written by the framework from JSON trees, not from classes: nothing to register. */
    private static final Set<String> ERROR_SCHEMAS = Set.of("HTTPError", "HTTPValidationError", "ValidationError");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noSchemaOfTheDocument_isRegisteredForReflection_forEachHasACodec() throws IOException, ClassNotFoundException {
        Set<String> components = new TreeSet<>();
        read("dev/skiff/samples/items/openapi.json").get("components").get("schemas").fieldNames()
                .forEachRemaining(components::add);
        List<String> registered = names(read(GENERATED + "reflect-config.json"));

        assertThat(components).containsAll(ERROR_SCHEMAS);
        components.removeAll(ERROR_SCHEMAS);
        // a form's Body_<operationId> describes fields bound one by one, never a JSON codec's type
        components.removeIf(component -> component.startsWith("Body_"));
        assertThat(components).isNotEmpty();
        assertThat(registered).isEmpty();
        for (String component : components) {
            assertThat(Class.forName("dev.skiff.samples.items." + component + "Codec")).as(component).isNotNull();
        }
    }

    @Test
    void everyRegisteredClassExists() throws IOException, ClassNotFoundException {
        List<String> registered = new ArrayList<>(names(read(GENERATED + "reflect-config.json")));
        registered.addAll(names(read(ENTRY)));

        for (String name : registered) {
            assertThat(Class.forName(name, false, getClass().getClassLoader()).getName()).isEqualTo(name);
        }
    }

    @Test
    void theEntryPointsRegisteredConstructors_arePublicNoArgumentOnes() throws IOException, ReflectiveOperationException {
        for (JsonNode entry : read(ENTRY)) {
            Class<?> type = Class.forName(entry.get("name").asText(), false, getClass().getClassLoader());
            assertThat(entry.get("methods").findValuesAsText("name")).contains("<init>");
            assertThat(type.getConstructor().getParameterCount()).isZero();
        }
    }

    @Test
    void theOpenApiDocument_isAnIncludedResource() throws IOException {
        JsonNode includes = read(GENERATED + "resource-config.json").get("resources").get("includes");
        String document = "dev/skiff/samples/items/openapi.json";

        assertThat(includes).anySatisfy(include ->
                assertThat(Pattern.matches(include.get("pattern").asText(), document)).isTrue());
        assertThat(getClass().getClassLoader().getResource(document)).isNotNull();
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readTree(in);
        }
    }

    private static List<String> names(JsonNode config) {
        List<String> names = new ArrayList<>();
        config.forEach(entry -> names.add(entry.get("name").asText()));
        return names;
    }
}
