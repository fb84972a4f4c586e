package dev.skiff.processor.write.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.DeclaredResponseModel;
import dev.skiff.processor.model.OperationDocsModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.ResponseHeaderModel;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI writer on hand-built models. */
class OpenApiWriterTest {
    private static final TypeModel ITEM = new TypeModel.ObjectRef(ClassName.get("com.example", "Item"), "com.example.Item");
    private static final SchemaModel ITEM_SCHEMA = new SchemaModel.ObjectSchema("Item", "com.example.Item", "", true,
            List.of(new PropertyModel("name", new TypeModel.Scalar(ScalarKind.STRING, ClassName.get(String.class)), true,
                    "", Map.of("minLength", 1, "maxLength", 40), null)));

    @Test
    void extensionKeywordsAreMergedIntoPropertyAndParameterSchemas() throws Exception {
        ParamModel id = new ParamModel("id", "id", ParamSource.PATH,
                new TypeModel.Scalar(ScalarKind.LONG, com.palantir.javapoet.TypeName.LONG), true, null, 0, "",
                Map.of("minimum", 1), null);
        ApiModel api = Models.api(List.of(Models.route("GET", "/items/{id}", "getItem", List.of(id),
                new ResultModel(ResultModel.Kind.JSON, ITEM, 200))), Map.of("com.example.Item", ITEM_SCHEMA));
        String document = new OpenApiWriter(api).write();
        JsonNode json = new ObjectMapper().readTree(document);
        assertThat(json.at("/paths/~1items~1{id}/get/parameters/0/schema").toString())
                .isEqualTo("{\"type\":\"integer\",\"format\":\"int64\",\"minimum\":1}");
        assertThat(json.at("/components/schemas/Item/properties/name").toString())
                .isEqualTo("{\"type\":\"string\",\"maxLength\":40,\"minLength\":1}");
    }

    @Test
    void streamIsMarkedAndHasNoItemSchema() {
        RouteModel stream = Models.route("GET", "/items/stream", "streamItems", List.of(),
                new ResultModel(ResultModel.Kind.STREAM, ITEM, 200));
        String document = new OpenApiWriter(Models.api(List.of(stream), Map.of("com.example.Item", ITEM_SCHEMA))).write();
        assertThat(document).contains("\"application/jsonl\": {\n                \"schema\": {\n"
                + "                  \"$ref\": \"#/components/schemas/Item\"");
        assertThat(document).contains("\"x-streaming\": true").doesNotContain("itemSchema");
        assertThat(document).doesNotContain("\"422\"");
    }

    @Test
    void voidIs204WithoutContent() {
        RouteModel delete = Models.route("DELETE", "/items/{id}", "deleteItem", List.of(Models.pathLong("id", 0)),
                new ResultModel(ResultModel.Kind.EMPTY, null, 204));
        String document = new OpenApiWriter(Models.api(List.of(delete), Map.of())).write();
        assertThat(document).contains("\"204\": {\n            \"description\": \"Successful Response\"\n          }");
    }
    @Test
    void declaredResponses_detailBodyFrom400_noContentBelow_reasonPhraseByDefault_headersSorted() throws Exception {
        TypeModel string = new TypeModel.Scalar(ScalarKind.STRING, ClassName.get(String.class));
        RouteModel get = Models.route("GET", "/items/{id}", "getItem", List.of(Models.pathLong("id", 0)),
                new ResultModel(ResultModel.Kind.JSON, ITEM, 200));
        OperationDocsModel docs = new OperationDocsModel(List.of(
                new DeclaredResponseModel(304, "", null, "application/json",
                        List.of(new ResponseHeaderModel("ETag", "", string, null)), false, null, null),
                new DeclaredResponseModel(404, "", null, "application/json", List.of(), false, null, null),
                new DeclaredResponseModel(409, "Clash", ITEM, "application/json", List.of(), true, null, null)),
                List.of(new ResponseHeaderModel("X-B", "", string, null), new ResponseHeaderModel("X-A", "first", string, null)),
                true);
        RouteModel documented = new RouteModel(get.httpMethod(), get.rawTemplate(), get.template(), null, get.operationId(),
                get.javaMethodName(), get.invokerName(), true, false, List.of(), get.summary(), "", false, get.params(),
                get.result(), List.of(), null, null, docs);
        JsonNode json = new ObjectMapper().readTree(new OpenApiWriter(Models.api(List.of(documented),
                Map.of("com.example.Item", ITEM_SCHEMA))).write());
        JsonNode responses = json.at("/paths/~1items~1{id}/get/responses");
        assertThat(responses.at("/304").toString()).isEqualTo(
                "{\"description\":\"Not Modified\",\"headers\":{\"ETag\":{\"schema\":{\"type\":\"string\"}}}}");
        assertThat(responses.at("/404/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HTTPError");
        assertThat(responses.at("/404/description").asText()).isEqualTo("Not Found");
        assertThat(responses.at("/409/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Item");
        assertThat(responses.at("/200/headers").fieldNames()).toIterable().containsExactly("X-A", "X-B");
        assertThat(json.at("/paths/~1items~1{id}/get/security").toString()).isEqualTo("[]");
        assertThat(json.at("/security").toString()).isEqualTo("[{\"sigv4\":[]}]");
        assertThat(json.at("/servers").toString())
                .isEqualTo("[{\"url\":\"http://localhost:8080\",\"description\":\"Local development\"}]");
    }
}
