package dev.skiff.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one compilation declares: the API's description, its handler classes (ordered
 * by qualified name, each with its routes in source order) and the JSON schemas of the types
 * read or written, keyed by qualified name, sorted.
 */
public record ApiModel(ApiInfoModel info, List<HandlerModel> handlers, Map<String, SchemaModel> schemas) {
    public ApiModel {
        handlers = List.copyOf(handlers);
        schemas = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(schemas));
    }

    /** Every route of every handler, in document order (handler by name, then source order). */
    public List<RouteModel> routes() {
        return handlers.stream().flatMap(h -> h.routes().stream()).toList();
    }

    /** The schema of the record, bean or enum with this qualified name. */
    public Optional<SchemaModel> schema(String qualifiedName) {
        return Optional.ofNullable(schemas.get(qualifiedName));
    }

    /** The package that receives {@code SkiffRoutes} and {@code openapi.json}. */
    public String packageName() {
        return info.packageName();
    }

    /** A copy with {@code handlers} and {@code schemas} instead. */
    public ApiModel with(List<HandlerModel> handlers, Map<String, SchemaModel> schemas) {
        return new ApiModel(info, handlers, schemas);
    }
}
