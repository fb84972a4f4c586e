package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ApiInfoModel;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.JsonDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the OpenAPI 3.1 document: info, servers, security, tags, paths (sorted), operations with
 * parameters, bodies and responses (declared ones, 422 in FastAPI's {@code HTTPValidationError}
 * shape, 500 with {@code {"detail": string}}), component schemas (sorted) and the security
 * scheme. Same model, same bytes.
 */
public final class OpenApiWriter {
    /** The methods in the order OpenAPI's Path Item object lists them. */
    private static final List<String> METHOD_ORDER = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH");

    private final ApiModel api;
    private final SchemaWriter schemas;
    private final FormBodies forms;

    public OpenApiWriter(ApiModel api) {
        this.api = api;
        this.schemas = new SchemaWriter(api);
        this.forms = new FormBodies(schemas);
    }

    /** The document as indented JSON. */
    public String write() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", info());
        document.put("servers", servers());
        document.put("security", Security.requirement(api.info()));
        List<Object> tags = tags();
        if (!tags.isEmpty()) {
            document.put("tags", tags);
        }
        document.put("paths", paths());
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", components());
        Map<String, Object> securitySchemes = Security.schemes(api.info());
        if (!securitySchemes.isEmpty()) {
            components.put("securitySchemes", securitySchemes);
        }
        document.put("components", components);
        return JsonDocument.write(document);
    }

    private List<Object> servers() {
        List<Object> servers = new ArrayList<>();
        api.info().documentedServers().forEach(server -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", server.url());
            if (!server.description().isEmpty()) {
                entry.put("description", server.description());
            }
            servers.add(entry);
        });
        return servers;
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", api.info().title());
        info.put("version", api.info().version());
        if (!api.info().description().isEmpty()) {
            info.put("description", api.info().description());
        }
        if (!api.info().license().isEmpty()) {
            // OpenAPI 3.1: an SPDX identifier stands in for the licence's URL
            Map<String, Object> license = new LinkedHashMap<>();
            license.put("name", api.info().license());
            license.put("identifier", api.info().license());
            info.put("license", license);
        }
        return info;
    }

    private List<Object> tags() {
        Map<String, String> descriptions = new TreeMap<>();
        for (HandlerModel handler : api.handlers()) {
            if (handler.tag() != null) {
                descriptions.merge(handler.tag().name(), handler.tag().description(), (a, b) -> a.isEmpty() ? b : a);
            }
            handler.routes().forEach(route -> route.tags().forEach(tag -> descriptions.putIfAbsent(tag, "")));
        }
        List<Object> tags = new ArrayList<>();
        descriptions.forEach((name, description) -> {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("name", name);
            if (!description.isEmpty()) {
                tag.put("description", description);
            }
            tags.add(tag);
        });
        return tags;
    }

    private Map<String, Object> paths() {
        Map<String, Map<String, RouteModel>> byPath = new TreeMap<>();
        for (RouteModel route : api.routes()) {
            byPath.computeIfAbsent(route.template().openApiPath(), p -> new TreeMap<>()).put(route.httpMethod(), route);
        }
        Map<String, Object> paths = new LinkedHashMap<>();
        byPath.forEach((path, routes) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            for (String method : METHOD_ORDER) {
                RouteModel route = routes.get(method);
                if (route != null) {
                    item.put(method.toLowerCase(java.util.Locale.ROOT), operation(route));
                }
            }
            paths.put(path, item);
        });
        return paths;
    }

    private Map<String, Object> operation(RouteModel route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        if (!route.tags().isEmpty()) {
            operation.put("tags", route.tags());
        }
        operation.put("summary", route.summary());
        if (!route.description().isEmpty()) {
            operation.put("description", route.description());
        }
        operation.put("operationId", route.operationId());
        if (route.deprecated()) {
            operation.put("deprecated", true);
        }
        List<Object> parameters = new ArrayList<>();
        for (ParamModel param : route.params()) {
            if (!param.source().inBody() && param.source().location() != null) {
                parameters.add(parameter(param));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (FormBodies.hasForm(route)) {
            operation.put("requestBody", forms.formBody(route));
        }
        route.params().stream().filter(p -> p.source() == ParamSource.RAW_BODY).findFirst()
                .ifPresent(raw -> operation.put("requestBody", FormBodies.rawBody(raw)));
        route.body().ifPresent(body -> operation.put("requestBody", requestBody(body)));
        operation.put("responses", new Responses(schemas).of(route));
        if (route.docs().unauthenticated() && api.info().auth() != ApiInfoModel.Auth.NONE) {
            operation.put("security", List.of());
        }
        if (route.streams()) {
            operation.put("x-streaming", true);
        }
        return operation;
    }

    private Map<String, Object> parameter(ParamModel param) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", param.wireName());
        parameter.put("in", param.source().location());
        parameter.put("required", param.required());
        if (!param.description().isEmpty()) {
            parameter.put("description", param.description());
        }
        Map<String, Object> schema = new LinkedHashMap<>(schemas.schema(param.valueType()));
        if (param.defaultValue() != null) {
            schema.put("default", SchemaWriter.defaultOf(param.defaultValue(), param.valueType()));
        }
        if (param.example() != null) {
            schema.put("examples", List.of(SchemaWriter.exampleOf(param.example(), param.type())));
        }
        parameter.put("schema", SchemaWriter.withKeywords(schema, param.schemaKeywords()));
        if (param.example() != null) {
            // Swagger UI fills "Try it out" from the parameter's example, JSON Schema tools read the schema's examples
            parameter.put("example", SchemaWriter.exampleOf(param.example(), param.type()));
        }
        return parameter;
    }

    private Map<String, Object> requestBody(ParamModel body) {
        Map<String, Object> requestBody = new LinkedHashMap<>();
        if (!body.description().isEmpty()) {
            requestBody.put("description", body.description());
        }
        Map<String, Object> mediaType = new LinkedHashMap<>();
        mediaType.put("schema", SchemaWriter.withKeywords(schemas.schema(body.valueType()), body.schemaKeywords()));
        if (body.example() != null) {
            mediaType.put("example", SchemaWriter.exampleOf(body.example(), body.type()));
        }
        requestBody.put("content", Map.of("application/json", mediaType));
        requestBody.put("required", body.required());
        return requestBody;
    }

    private Map<String, Object> components() {
        Map<String, Object> components = new TreeMap<>();
        for (SchemaModel schema : api.schemas().values()) {
            components.put(schema.name(), schemas.component(schema));
        }
        components.putAll(forms.components(api));
        components.putAll(ErrorSchemas.all());
        return components;
    }
}
