package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An operation's responses: its success in its media type, 422 when it reads the request, and
 * 500.
 */
final class Responses {
    private static final Map<String, Object> BINARY = binary();

    private final SchemaWriter schemas;

    Responses(SchemaWriter schemas) {
        this.schemas = schemas;
    }

    Map<String, Object> of(RouteModel route) {
        Map<String, Object> responses = new TreeMap<>();
        ResultModel result = route.result();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Successful Response");
        if (result.mediaType() != null) {
            success.put("content", Map.of(result.mediaType(), Map.of("schema", schema(result))));
        }
        responses.put(String.valueOf(result.status()), success);
        if (route.canFailValidation()) {
            responses.put("422", error("Validation Error", ErrorSchemas.HTTP_VALIDATION_ERROR));
        }
        responses.put("500", error("Internal Server Error", ErrorSchemas.HTTP_ERROR));
        return responses;
    }

    /**
     * Text and events are strings, bytes are binary strings (as FastAPI publishes a file), JSON
     * (and each JSON line) has its type's schema.
     */
    private Map<String, Object> schema(ResultModel result) {
        if (result.kind() == ResultModel.Kind.EVENTS) {
            return Map.of("type", "string");
        }
        return switch (result.payload()) {
            case TEXT -> Map.of("type", "string");
            case BYTES, BYTE_STREAM -> BINARY;
            case JSON -> schemas.schema(result.body());
        };
    }

    private static Map<String, Object> binary() {
        Map<String, Object> binary = new LinkedHashMap<>();
        binary.put("type", "string");
        binary.put("format", "binary");
        return binary;
    }

    private static Map<String, Object> error(String description, String schema) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", description);
        response.put("content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", SchemaWriter.REF_PREFIX + schema))));
        return response;
    }
}
