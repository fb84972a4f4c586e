package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request bodies that are not JSON, as FastAPI publishes them: a form is an object schema,
 * the component {@code Body_<operationId>}, under {@code multipart/form-data} when the
 * operation takes a file and {@code application/x-www-form-urlencoded} otherwise, its file
 * parts {@code {"type": "string", "format": "binary"}}; a raw body is bytes or text in its
 * declared media type.
 */
final class FormBodies {
    private final SchemaWriter schemas;

    FormBodies(SchemaWriter schemas) {
        this.schemas = schemas;
    }

    static boolean hasForm(RouteModel route) {
        return route.params().stream().anyMatch(p -> p.source().inForm());
    }

    static String componentName(RouteModel route) {
        return "Body_" + route.operationId();
    }

    /** The {@code requestBody} of a form operation. */
    Map<String, Object> formBody(RouteModel route) {
        boolean files = route.params().stream().anyMatch(p -> p.source() == ParamSource.FILE);
        Map<String, Object> requestBody = new LinkedHashMap<>();
        requestBody.put("content", Map.of(files ? "multipart/form-data" : "application/x-www-form-urlencoded",
                Map.of("schema", Map.of("$ref", SchemaWriter.REF_PREFIX + componentName(route)))));
        requestBody.put("required", route.params().stream().anyMatch(p -> p.source().inForm() && p.required()));
        return requestBody;
    }

    /** The {@code requestBody} of a raw body: binary unless text. */
    static Map<String, Object> rawBody(ParamModel body) {
        Map<String, Object> requestBody = new LinkedHashMap<>();
        if (!body.description().isEmpty()) {
            requestBody.put("description", body.description());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        if (!body.type().javaType().toString().equals("java.lang.String")) {
            schema.put("format", "binary");
        }
        Map<String, Object> mediaType = new LinkedHashMap<>();
        mediaType.put("schema", schema);
        if (body.example() != null) {
            mediaType.put("example", body.example());
        }
        requestBody.put("content", Map.of(body.wireName(), mediaType));
        requestBody.put("required", body.required());
        return requestBody;
    }

    /** The {@code Body_<operationId>} components of every form operation. */
    Map<String, Object> components(ApiModel api) {
        Map<String, Object> components = new TreeMap<>();
        for (RouteModel route : api.routes()) {
            if (hasForm(route)) {
                components.put(componentName(route), component(route));
            }
        }
        return components;
    }

    private Map<String, Object> component(RouteModel route) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ParamModel param : route.params()) {
            if (!param.source().inForm()) {
                continue;
            }
            Map<String, Object> schema = new LinkedHashMap<>(schemas.schema(param.type()));
            if (param.defaultValue() != null) {
                schema.put("default", SchemaWriter.defaultOf(param.defaultValue(), param.valueType()));
            }
            schema = new LinkedHashMap<>(SchemaWriter.withKeywords(schema, param.schemaKeywords()));
            if (param.example() != null) {
                schema.put("examples", List.of(SchemaWriter.exampleOf(param.example(), param.type())));
            }
            if (!param.description().isEmpty()) {
                schema.put("description", param.description());
            }
            properties.put(param.wireName(), schema);
            if (param.required()) {
                required.add(param.wireName());
            }
        }
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("title", componentName(route));
        component.put("type", "object");
        component.put("properties", properties);
        if (!required.isEmpty()) {
            component.put("required", required);
        }
        return component;
    }
}
