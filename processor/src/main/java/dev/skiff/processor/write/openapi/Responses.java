package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** An operation's responses: its success, 422 when it reads the request, and 500. */
final class Responses {
    private final SchemaWriter schemas;

    Responses(SchemaWriter schemas) {
        this.schemas = schemas;
    }

    Map<String, Object> of(RouteModel route) {
        Map<String, Object> responses = new TreeMap<>();
        ResultModel result = route.result();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Successful Response");
        if (result.body() != null) {
            String mediaType = result.kind() == ResultModel.Kind.STREAM ? "application/jsonl" : "application/json";
            success.put("content", Map.of(mediaType, Map.of("schema", schemas.schema(result.body()))));
        }
        responses.put(String.valueOf(result.status()), success);
        if (route.canFailValidation()) {
            responses.put("422", error("Validation Error", ErrorSchemas.HTTP_VALIDATION_ERROR));
        }
        responses.put("500", error("Internal Server Error", ErrorSchemas.HTTP_ERROR));
        return responses;
    }

    private static Map<String, Object> error(String description, String schema) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", description);
        response.put("content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", SchemaWriter.REF_PREFIX + schema))));
        return response;
    }
}
