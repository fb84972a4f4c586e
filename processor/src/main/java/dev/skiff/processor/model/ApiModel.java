package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one processing round declares, and the only input of every writer: the API's
 * description ({@code info}, null in a round without an API), its handler classes (ordered by
 * qualified name, each with its routes in source order), the JSON schemas of the types read or
 * written (keyed by qualified name, sorted), the records and beans that get a validator, the
 * classes with {@code @Traced} methods, and the application's {@code ValidationMessages} entries
 * that validator messages are interpolated with at compile time.
 */
public record ApiModel(
        ApiInfoModel info,
        List<HandlerModel> handlers,
        Map<String, SchemaModel> schemas,
        List<ValidatedTypeModel> validatedTypes,
        List<TracedClassModel> tracedClasses,
        Map<String, String> applicationMessages) {
    /** The entry point's class name. */
    public static final String ROUTES_NAME = "SkiffRoutes";
    /** The class name of the API's operations as data. */
    public static final String OPERATIONS_NAME = "SkiffOperations";
    /**
     * The processor every generated class names in its {@code @Generated}: the writers put it
     * there, and the reader skips types that carry it.
     */
    public static final String GENERATOR = "dev.skiff.processor.SkiffProcessor";

    public ApiModel {
        handlers = List.copyOf(handlers);
        schemas = Collections.unmodifiableMap(new TreeMap<>(schemas));
        validatedTypes = List.copyOf(validatedTypes);
        tracedClasses = List.copyOf(tracedClasses);
        applicationMessages = Collections.unmodifiableMap(new TreeMap<>(applicationMessages));
    }

    /** An API without validators or traced classes. */
    public ApiModel(ApiInfoModel info, List<HandlerModel> handlers, Map<String, SchemaModel> schemas) {
        this(info, handlers, schemas, List.of(), List.of(), Map.of());
    }

    /** Whether this round declares an API: then the invokers, entry point, OpenAPI and native-image files are written. */
    public boolean hasApi() {
        return info != null;
    }

    /** Whether there is nothing to check or write. */
    public boolean isEmpty() {
        return !hasApi() && validatedTypes.isEmpty() && tracedClasses.isEmpty();
    }

    /**
     * Every route of every handler, in document order (handler by name, then source order). This
     * order is shared: {@code SkiffRoutes} adds the routes in it, and the router, built from that
     * list, lets the first of two routes of the same method and shape win.
     */
    public List<RouteModel> routes() {
        return handlers.stream().flatMap(h -> h.routes().stream()).toList();
    }

    /** The schema of the record, bean or enum with this qualified name. */
    public Optional<SchemaModel> schema(String qualifiedName) {
        return Optional.ofNullable(schemas.get(qualifiedName));
    }

    /** The schemas whose codecs the processor writes: every record, bean and enum that does not fall back to databind. */
    public List<SchemaModel> codecSchemas() {
        return schemas.values().stream().filter(s -> s.fallback() == null && s.javaType() != null).toList();
    }

    /** The package that receives {@code SkiffRoutes} and {@code openapi.json}. */
    public String packageName() {
        return info.packageName();
    }

    /** The generated entry point. */
    public ClassName routesType() {
        return ClassName.get(packageName(), ROUTES_NAME);
    }

    /** The generated enum of the API's operations. */
    public ClassName operationsType() {
        return ClassName.get(packageName(), OPERATIONS_NAME);
    }

    /** A copy with {@code handlers} and {@code schemas} instead. */
    public ApiModel with(List<HandlerModel> handlers, Map<String, SchemaModel> schemas) {
        return new ApiModel(info, handlers, schemas, validatedTypes, tracedClasses, applicationMessages);
    }

    /** A copy with these validated types and the messages their validators are interpolated with. */
    public ApiModel withValidation(List<ValidatedTypeModel> validatedTypes, Map<String, String> applicationMessages) {
        return new ApiModel(info, handlers, schemas, validatedTypes, tracedClasses, applicationMessages);
    }

    /** A copy with these traced classes. */
    public ApiModel withTraced(List<TracedClassModel> tracedClasses) {
        return new ApiModel(info, handlers, schemas, validatedTypes, tracedClasses, applicationMessages);
    }

    /** A copy without the API and its validators (kept: the traced classes), after their checks failed. */
    public ApiModel withoutApi() {
        return new ApiModel(null, List.of(), Map.of(), List.of(), tracedClasses, applicationMessages);
    }
}
