package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import dev.skiff.core.JsonValues;
import dev.skiff.processor.CompiledApi.Reply;
import dev.skiff.support.Bodies;
import dev.skiff.support.Problems;
import dev.skiff.support.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code types17} fixture's generated codecs bound through the real dispatcher (generic
 * pages as results and bodies, byte[] as base64, enum-keyed maps, type-use {@code @Nullable},
 * enum constants under their JSON names), and compared with databind as Skiff configures it:
 * the same JSON read gives the same value, and a value is written as databind writes it.
 */
class TypesBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM_PAGE = "{\"items\":[{\"name\":\"a\",\"color\":\"red\"},"
            + "{\"name\":\"b\",\"color\":\"dark-green\"}],\"total\":2,\"nextOffset\":5}";
    private static final String BLOB = "{\"data\":\"aGVsbG8gd29ybGQ=\",\"thumbnail\":null,"
            + "\"counts\":{\"red\":1,\"dark-green\":2,\"BLUE\":3},\"note\":null,\"legacy\":\"old\","
            + "\"page\":" + ITEM_PAGE + ",\"pages\":{\"items\":[[{\"name\":\"c\",\"color\":\"BLUE\"}],[]],"
            + "\"total\":1,\"nextOffset\":null},\"box\":{\"content\":{\"name\":\"d\",\"color\":\"red\"},\"label\":\"x\"},"
            + "\"shades\":{\"dark\":\"night\",\"light\":\"day\"},\"byColor\":{\"BLUE\":1,\"red\":2}}";
    private static CompiledApi compiled;
    private static Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("types17");
        app = compiled.application("fixtures.types17", "fixtures.types17.TypesApi");
    }

    @Test
    void genericPageIsWrittenAsAResultWithItsNullableField() throws Exception {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/page").rawQuery("offset=1").build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(
                "{\"items\":[{\"name\":\"b\",\"color\":\"dark-green\"}],\"total\":2,\"nextOffset\":null}"));
    }

    @Test
    void enumQueryParameterTakesJsonNamesAndDefaultsToOne() throws Exception {
        Reply red = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/page").rawQuery("color=red").build());
        assertThat(JSON.readTree(red.body()).at("/items/0/color").asText()).isEqualTo("red");
        Reply byDefault = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/page").build());
        assertThat(JSON.readTree(byDefault.body()).at("/items/0/color").asText()).isEqualTo("dark-green");
        Reply constantName = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/page").rawQuery("color=RED").build());
        assertThat(constantName.status()).isEqualTo(422);
        assertThat(JSON.readTree(constantName.body()).at("/detail/0/msg").asText())
                .isEqualTo("Input should be 'red', 'dark-green' or 'BLUE'");
        assertThat(CompiledApi.dispatch(app, HttpRequest.builder("GET", "/colors/dark-green").build()).body())
                .isEqualTo("\"dark-green\"");
    }

    @Test
    void genericPageIsReadAsABody() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/pages", ITEM_PAGE);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(ITEM_PAGE));
        Reply bad = CompiledApi.sendJson(app, "POST", "/pages", "{\"items\":[{\"name\":\"a\",\"color\":\"pink\"}]}");
        assertThat(bad.status()).isEqualTo(422);
        JsonNode detail = JSON.readTree(bad.body()).get("detail");
        assertThat(detail.get(0).get("loc").toString()).isEqualTo("[\"body\",\"items\",0,\"color\"]");
        assertThat(detail.get(1).get("loc").toString()).isEqualTo("[\"body\",\"total\"]");
        assertThat(detail.get(1).get("type").asText()).isEqualTo("missing");
    }

    @Test
    void genericBodyIsValidatedByItsClassConstraints() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/pages", ITEM_PAGE.replace("\"total\":2", "\"total\":-1"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode problem = JSON.readTree(reply.body()).at("/detail/0");
        assertThat(problem.get("type").asText()).isEqualTo("min");
        assertThat(problem.get("loc").toString()).isEqualTo("[\"body\",\"total\"]");
    }

    @Test
    void genericBodyCascadesIntoEachItemAsTheSameNonGenericShapeDoes() throws Exception {
        String page = "{\"items\":[{\"name\":\" \",\"quantity\":1},{\"name\":\"b\",\"quantity\":0}],"
                + "\"total\":-1,\"nextOffset\":null}";
        Reply generic = CompiledApi.sendJson(app, "POST", "/new-items/pages", page);
        Reply plain = CompiledApi.sendJson(app, "POST", "/new-items/plain-pages", page);
        assertThat(generic.status()).as(generic.body()).isEqualTo(422);
        JsonNode detail = JSON.readTree(generic.body()).get("detail");
        assertThat(detail).isEqualTo(JSON.readTree(plain.body()).get("detail"));
        assertThat(detail.findValues("loc").stream().map(JsonNode::toString).toList()).containsExactly(
                "[\"body\",\"items\",0,\"name\"]", "[\"body\",\"items\",1,\"quantity\"]", "[\"body\",\"total\"]");
        assertThat(detail.findValues("type").stream().map(JsonNode::asText).toList()).containsExactly("not_blank", "min", "min");
        Reply valid = CompiledApi.sendJson(app, "POST", "/new-items/pages", page.replace("\" \"", "\"a\"")
                .replace("\"quantity\":0", "\"quantity\":2").replace("-1", "2"));
        assertThat(valid.status()).as(valid.body()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("2");
    }

    @Test
    void listOfGenericBodiesCascadesIntoTheItemsOfEach() throws Exception {
        String pages = "[{\"items\":[],\"total\":0},{\"items\":[{\"name\":\"\",\"quantity\":1}],\"total\":1}]";
        Reply reply = CompiledApi.sendJson(app, "POST", "/new-items/page-lists", pages);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode detail = JSON.readTree(reply.body()).get("detail");
        assertThat(detail.findValues("loc").stream().map(JsonNode::toString).toList())
                .containsExactly("[\"body\",1,\"items\",0,\"name\"]");
    }

    @Test
    void genericValidPropertyCascadesIntoItsItems() throws Exception {
        String catalog = "{\"title\":\"\",\"page\":{\"items\":[{\"name\":\"a\",\"quantity\":0}],\"total\":-2}}";
        Reply reply = CompiledApi.sendJson(app, "POST", "/catalogs", catalog);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode detail = JSON.readTree(reply.body()).get("detail");
        assertThat(detail.findValues("loc").stream().map(JsonNode::toString).toList()).containsExactly(
                "[\"body\",\"title\"]", "[\"body\",\"page\",\"items\",0,\"quantity\"]", "[\"body\",\"page\",\"total\"]");
    }

    @Test
    void anInstantiationHasAValidatorOfItsOwnCallingItsTypeArgumentsValidator() {
        String validator = compiled.generated(javax.tools.StandardLocation.SOURCE_OUTPUT,
                "fixtures/types17/Page_NewItem_Validator.java");
        assertThat(validator)
                .contains("public static void validate(Page<NewItem> value, List<Object> loc, Problems problems)")
                .contains("NewItemValidator.validate(element$0, List.of(nestedLoc$1), problems, clock)");
        assertThat(compiled.generated(javax.tools.StandardLocation.SOURCE_OUTPUT, "fixtures/types17/CatalogValidator.java"))
                .contains("Page_NewItem_Validator.validate(page, ");
    }

    @Test
    void beanBindingAGenericSuperclassTypeVariableCascadesIntoTheBoundType() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/new-item-boxes", "{\"content\":{\"name\":\"\",\"quantity\":1},\"label\":\"x\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(JSON.readTree(reply.body()).get("detail").findValues("loc").toString()).isEqualTo("[[\"body\",\"content\",\"name\"]]");
        Reply valid = CompiledApi.sendJson(app, "POST", "/new-item-boxes", "{\"content\":{\"name\":\"n\",\"quantity\":1},\"label\":\"x\"}");
        assertThat(valid.body()).isEqualTo("\"n\"");
    }

    @Test
    void nullableResultIsWrittenAsJsonNullWithTheSuccessStatus() throws Exception {
        Reply found = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/by-name/a").build());
        assertThat(found.status()).isEqualTo(200);
        assertThat(JSON.readTree(found.body())).isEqualTo(JSON.readTree("{\"name\":\"a\",\"color\":\"red\"}"));
        Reply none = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/items/by-name/b").build());
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("null");
        assertThat(none.header("content-type")).isEqualTo("application/json");
        Reply nickname = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/colors/BLUE/nickname").build());
        assertThat(nickname.status()).isEqualTo(200);
        assertThat(nickname.body()).isEqualTo("null");
        assertThat(CompiledApi.dispatch(app, HttpRequest.builder("GET", "/colors/red/nickname").build()).body())
                .isEqualTo("\"ruby\"");
        // not @Nullable: null is still written as it always was (the document just does not announce it)
        Reply shades = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/colors/BLUE/shades").build());
        assertThat(shades.status()).isEqualTo(200);
        assertThat(shades.body()).isEqualTo("null");
    }

    @Test
    void beanExtendingAGenericBeanReadsItsSuperclassGettersAsInstantiated() throws Exception {
        String box = "{\"content\":{\"name\":\"d\",\"color\":\"red\"},\"label\":\"x\"}";
        Reply reply = CompiledApi.sendJson(app, "POST", "/item-boxes", box);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(box));
        Reply bad = CompiledApi.sendJson(app, "POST", "/item-boxes", box.replace("\"red\"", "\"pink\""));
        assertThat(JSON.readTree(bad.body()).at("/detail/0/loc").toString())
                .isEqualTo("[\"body\",\"content\",\"color\"]");
    }

    @Test
    void blobRoundTripsNestedGenericsBytesAndEnumKeys() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/blobs", BLOB);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(BLOB));
    }

    @Test
    void invalidBase64IsAProblemNotAnError() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/blobs", BLOB.replace("aGVsbG8gd29ybGQ=", "not base64!"));
        assertThat(reply.status()).isEqualTo(422);
        JsonNode problem = JSON.readTree(reply.body()).at("/detail/0");
        assertThat(problem.get("type").asText()).isEqualTo("bytes_invalid_encoding");
        assertThat(problem.get("loc").toString()).isEqualTo("[\"body\",\"data\"]");
        assertThat(problem.get("msg").asText()).startsWith("Data should be valid base64: ");
        assertThat(problem.get("input").asText()).isEqualTo("not base64!");
        Reply number = CompiledApi.sendJson(app, "POST", "/blobs", BLOB.replace("\"aGVsbG8gd29ybGQ=\"", "12"));
        assertThat(JSON.readTree(number.body()).at("/detail/0/type").asText()).isEqualTo("bytes_type");
    }

    @Test
    void bytesBodyIsBase64Json() {
        Reply reply = CompiledApi.sendJson(app, "POST", "/bytes", "\"aGk=\"");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("\"hi\"");
    }

    @Test
    void unknownEnumKeyIsLocatedAsPydanticLocatesIt() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/blobs", BLOB.replace("\"BLUE\":3", "\"purple\":3"));
        assertThat(reply.status()).isEqualTo(422);
        JsonNode problem = JSON.readTree(reply.body()).at("/detail/0");
        assertThat(problem.get("type").asText()).isEqualTo("enum");
        assertThat(problem.get("loc").toString()).isEqualTo("[\"body\",\"counts\",\"purple\",\"[key]\"]");
        assertThat(problem.get("input").asText()).isEqualTo("purple");
    }

    @Test
    void typeUseNullableTakesNullAndNonNullableRefusesIt() throws Exception {
        Reply reply = CompiledApi.sendJson(app, "POST", "/blobs", BLOB.replace("\"note\":null", "\"note\":\"hi\"")
                .replace("\"thumbnail\":null", "\"thumbnail\":\"AAE=\""));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body()).get("note").asText()).isEqualTo("hi");
        assertThat(JSON.readTree(reply.body()).get("thumbnail").asText()).isEqualTo("AAE=");
        Reply refused = CompiledApi.sendJson(app, "POST", "/blobs", BLOB.replace("\"legacy\":\"old\"", "\"legacy\":null"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"legacy\"]");
    }

    @Test
    void codecsReadAndWriteAsDatabindDoes() throws Exception {
        Class<?> item = compiled.load("fixtures.types17.Item");
        JavaType itemPage = Json.mapper().getTypeFactory().constructParametricType(compiled.load("fixtures.types17.Page"), item);
        JavaType itemBox = Json.mapper().getTypeFactory().constructParametricType(compiled.load("fixtures.types17.Box"), item);
        JavaType blob = Json.mapper().getTypeFactory().constructType(compiled.load("fixtures.types17.Blob"));
        for (String data : List.of("aGVsbG8gd29ybGQ=", "", "AA==", "/+8=", "AAEC", "aGVs\\nbG8=", "aGVs bG8=")) {
            assertSameAsDatabind("Blob", blob, BLOB.replace("aGVsbG8gd29ybGQ=", data));
        }
        assertSameAsDatabind("Blob", blob, BLOB.replace("\"shades\":{\"dark\":\"night\",\"light\":\"day\"}",
                "\"shades\":{\"light\":\"day\"}"));
        assertSameAsDatabind("Blob", blob, BLOB.replace("\"byColor\":{\"BLUE\":1,\"red\":2}", "\"byColor\":{}"));
        // a long value: databind writes base64 without line feeds
        assertSameAsDatabind("Blob", blob, BLOB.replace("aGVsbG8gd29ybGQ=", "A".repeat(400)));
        assertSameAsDatabind("Blob", blob, BLOB.replace("\"counts\":{\"red\":1,\"dark-green\":2,\"BLUE\":3}", "\"counts\":{}"));
        assertSameAsDatabind("Page_Item_", itemPage, ITEM_PAGE);
        assertSameAsDatabind("Box_Item_", itemBox, "{\"content\":{\"name\":\"d\",\"color\":\"red\"},\"label\":\"x\"}");
    }

    private static void assertSameAsDatabind(String codecName, JavaType type, String json) throws Exception {
        JsonCodec<Object> codec = codec(codecName);
        HttpRequest request = HttpRequest.builder("POST", "/").header("content-type", "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).build();
        Problems problems = new Problems();
        Object ours = Bodies.read(request, codec, true, problems);
        assertThat(problems.list()).as(json).isEmpty();
        Object theirs = Json.mapper().readerFor(type).readValue(json);
        String databindWritesOurs = Json.mapper().writerFor(type).writeValueAsString(ours);
        String databindWritesTheirs = Json.mapper().writerFor(type).writeValueAsString(theirs);
        assertThat(databindWritesOurs).as("read as databind reads " + json).isEqualTo(databindWritesTheirs);
        assertThat(new String(JsonValues.toBytes(codec, theirs), StandardCharsets.UTF_8))
                .as("written as databind writes " + json).isEqualTo(databindWritesTheirs);
    }

    @SuppressWarnings("unchecked")
    private static JsonCodec<Object> codec(String name) throws ReflectiveOperationException {
        return (JsonCodec<Object>) compiled.load("fixtures.types17." + name + "Codec").getField("INSTANCE").get(null);
    }
}
