package dev.skiff.processor.read;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.model.ValidatedPropertyModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the constraints of an API into its model: each handler parameter gets its checks and
 * their JSON Schema keywords, each request body the validator it goes through, each schema
 * property its keywords, and every body type with constraints (and what it cascades into) is a
 * validated type. Also reads every constrained type of a round, for {@code -Askiff.validators=all}.
 *
 * <p>Request bodies are always validated, {@code @Valid} or not (FastAPI validates every body
 * model); nested records are validated where {@code @Valid} marks them, as in Jakarta Validation.
 */
final class ValidationReader {
    private final Elements elements;
    private final Annotations annotations;
    private final ValidatedTypeReader reader;
    private ApiModel api;

    ValidationReader(Elements elements, Types types) {
        this.elements = elements;
        this.annotations = new Annotations(elements);
        this.reader = new ValidatedTypeReader(elements, types);
    }

    /** The API with its constraints read, and {@code validated} filled with the body types that get a validator. */
    ApiModel read(ApiModel api, Map<String, ValidatedTypeModel> validated) {
        this.api = api;
        List<HandlerModel> handlers = new ArrayList<>();
        for (HandlerModel handler : api.handlers()) {
            List<RouteModel> routes = new ArrayList<>();
            for (RouteModel route : handler.routes()) {
                List<ParamModel> params = new ArrayList<>();
                for (ParamModel param : route.params()) {
                    params.add(readParam(param, validated));
                }
                routes.add(route.withParams(params));
            }
            handlers.add(handler.withRoutes(routes));
        }
        Map<String, SchemaModel> schemas = new LinkedHashMap<>();
        api.schemas().forEach((name, schema) -> schemas.put(name, withKeywords(name, schema, validated)));
        return api.with(handlers, schemas);
    }

    /**
     * Every record and class of {@code roots} (and their nested types) with constraints, and what
     * they cascade into; not the processor's own output (a traced subclass inherits its class's
     * constraints, but is validated as that class).
     */
    void readAll(List<TypeElement> roots, Map<String, ValidatedTypeModel> validated) {
        for (TypeElement type : roots) {
            if (generatedBySkiff(type)) {
                continue;
            }
            if (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.CLASS) {
                ValidatedTypeModel model = reader.read(type);
                // a generic class whose @Valid reaches a type variable is validated per instantiation, where it is used
                boolean perInstantiation = !type.getTypeParameters().isEmpty()
                        && model.properties().stream().anyMatch(property -> reachesTypeVariable(property.value()));
                if (!perInstantiation && (!model.properties().isEmpty() || !model.classConstraints().isEmpty())) {
                    for (ValidatedTypeModel reached : reader.readWithCascades(type)) {
                        validated.putIfAbsent(reached.key(), reached);
                    }
                }
            }
            readAll(ElementFilter.typesIn(type.getEnclosedElements()), validated);
        }
    }

    private static boolean reachesTypeVariable(ValueModel value) {
        return value.cascadesIntoUnknownType() || value.element() != null && reachesTypeVariable(value.element());
    }

    private boolean generatedBySkiff(TypeElement type) {
        return Annotations.find(type, Names.GENERATED)
                .map(generated -> annotations.strings(generated, "value").contains(ApiModel.GENERATOR))
                .orElse(false);
    }

    private ParamModel readParam(ParamModel param, Map<String, ValidatedTypeModel> validated) {
        if (param.source() == ParamSource.BODY) {
            return readBody(param, validated);
        }
        if (param.element() == null || param.source().location() == null) {
            return param;
        }
        VariableElement element = param.element();
        ValueModel value = reader.constraints().read(element.asType(), element.getAnnotationMirrors(), element);
        if (!value.declaresAnything()) {
            return param;
        }
        Map<String, Object> keywords = new LinkedHashMap<>(param.schemaKeywords());
        keywords.putAll(SchemaKeywords.of(value));
        return param.withConstraints(value, keywords);
    }

    /** A body's checks: the validator of its type, or of each element of a list body; none when its type has no constraints. */
    private ParamModel readBody(ParamModel param, Map<String, ValidatedTypeModel> validated) {
        TypeModel type = param.valueType();
        TypeModel item = type instanceof TypeModel.ArrayOf array ? array.item() : type;
        if (!(item instanceof TypeModel.ObjectRef object)) {
            return param;
        }
        // an instantiation of a generic class (Page<NewItem>) gets a validator of its own, which cascades into its
        // type arguments' validators
        String key = object.qualifiedName();
        TypeElement element = elements.getTypeElement(key.replaceFirst("<.*", ""));
        if (element == null) {
            return param;
        }
        if (api.schema(key).orElse(null) instanceof SchemaModel.UnionSchema union) {
            return readUnionBody(param, union, validated);
        }
        DeclaredType found = key.contains("<") && param.element() != null ? find(param.element().asType(), key) : null;
        // not found (a hand-built model): read as the generic class, whose @Valid into T is then a compile error
        DeclaredType declared = found != null ? found : (DeclaredType) element.asType();
        if (!validated.containsKey(key)) {
            addChecked(reader.readWithCascades(declared), validated);
        }
        ValidatedTypeModel target = validated.get(key);
        if (target == null) {
            return param;
        }
        ValueModel itemChecks = new ValueModel(object.javaType(), ValueKind.OTHER, List.of(), target.valueType(), null, List.of());
        ValueModel checks = type instanceof TypeModel.ArrayOf
                ? new ValueModel(type.javaType(), ValueKind.COLLECTION, List.of(), null, itemChecks, List.of())
                : itemChecks;
        return param.withConstraints(checks, param.schemaKeywords());
    }

    /**
     * Adds the types of {@code reached} that check something, and those a {@code @Valid} of theirs cascades into
     * even when these check nothing ({@code Page<Item>}'s items, of an unconstrained Item): the cascade calls
     * their validator.
     */
    private static void addChecked(List<ValidatedTypeModel> reached, Map<String, ValidatedTypeModel> validated) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        for (ValidatedTypeModel model : reached) {
            model.properties().forEach(property -> cascadeTargets(property.value(), targets));
        }
        for (ValidatedTypeModel model : reached) {
            if (!model.properties().isEmpty() || !model.classConstraints().isEmpty() || targets.contains(model.key())) {
                validated.putIfAbsent(model.key(), model);
            }
        }
    }

    private static void cascadeTargets(ValueModel value, java.util.Set<String> into) {
        if (value.cascadeInto() != null) {
            into.add(value.cascadeInto().toString());
        }
        if (value.element() != null) {
            cascadeTargets(value.element(), into);
        }
    }

    /** The declared type in {@code type} (itself or a type argument, at any depth) known by {@code key}, or null. */
    private static DeclaredType find(TypeMirror type, String key) {
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        if (com.palantir.javapoet.TypeName.get(declared).withoutAnnotations().toString().equals(key)) {
            return declared;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
            DeclaredType found = find(argument, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * A polymorphic body's checks: those of its value's subtype, by the union's validator (see
     * {@code UnionValidatorWriter}); none when no subtype has constraints.
     */
    private ParamModel readUnionBody(ParamModel param, SchemaModel.UnionSchema union, Map<String, ValidatedTypeModel> validated) {
        boolean any = false;
        for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
            TypeElement element = elements.getTypeElement(variant.qualifiedName());
            if (element == null || !TypeReader.isJsonObject(element)) {
                continue;
            }
            addChecked(reader.readWithCascades(element), validated);
            any |= validated.containsKey(variant.qualifiedName());
        }
        if (!any || union.misuse() != null) {
            return param;
        }
        ValueModel itemChecks = new ValueModel(union.javaType(), ValueKind.OTHER, List.of(), union.javaType(), null, List.of());
        ValueModel checks = param.valueType() instanceof TypeModel.ArrayOf
                ? new ValueModel(param.valueType().javaType(), ValueKind.COLLECTION, List.of(), null, itemChecks, List.of())
                : itemChecks;
        return param.withConstraints(checks, param.schemaKeywords());
    }

    /** The schema with its properties' constraints as keywords; a body type's properties were read already. */
    private SchemaModel withKeywords(String qualifiedName, SchemaModel schema, Map<String, ValidatedTypeModel> validated) {
        // an instantiation of a generic type has the constraints its class declares
        TypeElement element = elements.getTypeElement(qualifiedName.replaceFirst("<.*", ""));
        if (!(schema instanceof SchemaModel.ObjectSchema object) || element == null) {
            return schema;
        }
        Map<String, ValueModel> byJsonName = new HashMap<>();
        ValidatedTypeModel read = validated.getOrDefault(qualifiedName, validated.get(qualifiedName.replaceFirst("<.*", "")));
        for (ValidatedPropertyModel property : (read != null ? read : reader.read(element)).properties()) {
            byJsonName.putIfAbsent(property.jsonName(), property.value());
        }
        List<PropertyModel> properties = new ArrayList<>();
        for (PropertyModel property : object.properties()) {
            ValueModel value = byJsonName.get(property.jsonName());
            if (value == null) {
                properties.add(property);
                continue;
            }
            Map<String, Object> keywords = new LinkedHashMap<>(property.keywords());
            keywords.putAll(SchemaKeywords.of(value));
            properties.add(property.with(property.required() || SchemaKeywords.required(value), keywords));
        }
        return object.withProperties(properties);
    }
}
