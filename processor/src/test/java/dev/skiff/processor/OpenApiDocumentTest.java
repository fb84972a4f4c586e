package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document of a fixture that uses every schema feature: valid, and as FastAPI shapes it. */
class OpenApiDocumentTest {
    private static String document;
    private static JsonNode json;

    @BeforeAll
    static void compile() throws Exception {
        document = CompiledApi.compile("schemas").generated(StandardLocation.CLASS_OUTPUT, "fixtures/schemas/openapi.json");
        json = new ObjectMapper().readTree(document);
    }

    @Test
    void swaggerParserFindsNoProblem() {
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, null);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void sameSourcesGiveTheSameBytes() {
        String again = CompiledApi.compile("schemas").generated(StandardLocation.CLASS_OUTPUT,
                "fixtures/schemas/openapi.json");
        assertThat(again).isEqualTo(document);
    }

    @Test
    void recordsBecomeComponentSchemasWithJsonNamesAndNullableTypes() {
        JsonNode product = json.at("/components/schemas/Product");
        assertThat(product.at("/description").asText()).isEqualTo("A product.");
        assertThat(product.at("/properties/sku/description").asText()).isEqualTo("the stock-keeping unit");
        assertThat(product.at("/properties/display_name/type").asText()).isEqualTo("string");
        assertThat(product.at("/properties/stock/type").toString()).isEqualTo("[\"integer\",\"null\"]");
        assertThat(product.at("/properties/description/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(product.at("/properties/statuses/uniqueItems").asBoolean()).isTrue();
        assertThat(product.at("/properties/statuses/items/$ref").asText()).isEqualTo("#/components/schemas/Status");
        assertThat(product.at("/properties/ratings/additionalProperties/format").asText()).isEqualTo("double");
        assertThat(product.at("/properties/dimensions/$ref").asText()).isEqualTo("#/components/schemas/Dimensions");
        assertThat(product.at("/properties/variants/items/$ref").asText()).isEqualTo("#/components/schemas/Dimensions");
        assertThat(product.at("/properties/packaging/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(product.at("/properties/launched/format").asText()).isEqualTo("date");
        assertThat(product.at("/properties/updated/format").asText()).isEqualTo("date-time");
        assertThat(product.at("/properties/id/format").asText()).isEqualTo("uuid");
        assertThat(product.at("/properties/parent/$ref").asText()).isEqualTo("#/components/schemas/Product");
        assertThat(product.at("/required").toString()).contains("\"sku\"", "\"display_name\"")
                .doesNotContain("\"stock\"", "\"description\"", "\"packaging\"");
        assertThat(json.at("/components/schemas/Unit/enum").toString()).isEqualTo("[\"CM\",\"MM\"]");
        assertThat(json.at("/components/schemas/Supplier/properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("name", "preferred");
    }

    @Test
    void operationsCarryParametersBodiesAndResponses() {
        JsonNode list = json.at("/paths/~1products/get");
        assertThat(list.at("/tags").toString()).isEqualTo("[\"catalog\",\"listing\"]");
        assertThat(list.at("/parameters/0/name").asText()).isEqualTo("status");
        assertThat(list.at("/parameters/0/schema/type").asText()).isEqualTo("array");
        assertThat(list.at("/parameters/2/in").asText()).isEqualTo("header");
        assertThat(list.at("/parameters/2/required").asBoolean()).isTrue();
        assertThat(list.at("/parameters/3/in").asText()).isEqualTo("cookie");
        assertThat(list.at("/responses/422/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HTTPValidationError");
        assertThat(json.at("/paths/~1products~1{sku}/get/deprecated").asBoolean()).isTrue();
        assertThat(json.at("/paths/~1products~1{sku}/get/summary").asText()).isEqualTo("Fetch one product.");
        assertThat(json.at("/paths/~1products~1{sku}/put/requestBody/required").asBoolean()).isTrue();
        assertThat(json.at("/paths/~1products~1search/post/requestBody/required").asBoolean()).isFalse();
        assertThat(json.at("/paths/~1suppliers/post/responses/200/content").isMissingNode()).isTrue();
        assertThat(json.at("/paths/~1health/get/responses/422").isMissingNode()).isTrue();
        assertThat(json.at("/paths/~1health/get/responses/500/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HTTPError");
        assertThat(json.at("/tags/0/description").asText()).isEqualTo("The catalogue");
    }

    @Test
    void streamIsJsonLinesWithTheElementSchemaAndNoItemSchema() {
        JsonNode export = json.at("/paths/~1products~1export/get");
        assertThat(export.at("/x-streaming").asBoolean()).isTrue();
        JsonNode media = export.at("/responses/200/content/application~1jsonl");
        assertThat(media.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/Product");
        assertThat(document).doesNotContain("itemSchema");
    }

    @Test
    void validationErrorSchemasAreFastApis() {
        assertThat(json.at("/components/schemas/HTTPValidationError/properties/detail/items/$ref").asText())
                .isEqualTo("#/components/schemas/ValidationError");
        assertThat(json.at("/components/schemas/ValidationError/required").toString())
                .isEqualTo("[\"loc\",\"msg\",\"type\"]");
    }
}
