package dev.skiff.processor.write.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The component schemas of error bodies, in FastAPI's names and shapes. */
final class ErrorSchemas {
    static final String HTTP_VALIDATION_ERROR = "HTTPValidationError";
    static final String VALIDATION_ERROR = "ValidationError";
    static final String HTTP_ERROR = "HTTPError";

    private ErrorSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put(HTTP_ERROR, httpError());
        schemas.put(HTTP_VALIDATION_ERROR, httpValidationError());
        schemas.put(VALIDATION_ERROR, validationError());
        return schemas;
    }

    private static Map<String, Object> httpError() {
        Map<String, Object> schema = object("HTTPError");
        schema.put("properties", Map.of("detail", Map.of("type", "string", "title", "Detail")));
        schema.put("required", List.of("detail"));
        return schema;
    }

    private static Map<String, Object> httpValidationError() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("items", Map.of("$ref", SchemaWriter.REF_PREFIX + VALIDATION_ERROR));
        detail.put("type", "array");
        detail.put("title", "Detail");
        Map<String, Object> schema = object(HTTP_VALIDATION_ERROR);
        schema.put("properties", Map.of("detail", detail));
        return schema;
    }

    private static Map<String, Object> validationError() {
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("items", Map.of("anyOf", List.of(Map.of("type", "string"), Map.of("type", "integer"))));
        loc.put("type", "array");
        loc.put("title", "Location");
        properties.put("loc", loc);
        properties.put("msg", titled("string", "Message"));
        properties.put("type", titled("string", "Error Type"));
        properties.put("input", Map.of("title", "Input"));
        properties.put("ctx", titled("object", "Context"));
        Map<String, Object> schema = object(VALIDATION_ERROR);
        schema.put("properties", properties);
        schema.put("required", List.of("loc", "msg", "type"));
        return schema;
    }

    private static Map<String, Object> object(String title) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", title);
        schema.put("type", "object");
        return schema;
    }

    private static Map<String, Object> titled(String type, String title) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("title", title);
        return schema;
    }
}
