package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.JsonDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema (OpenAPI 3.1 dialect) for types and components: records and beans become
 * objects, enums string enums, {@code Optional} and {@code @Nullable} properties nullable type
 * arrays, {@code @DefaultValue}s as {@code default}.
 * Extra keywords (constraints) are merged in from the model.
 */
final class SchemaWriter {
    static final String REF_PREFIX = "#/components/schemas/";

    private final ApiModel api;

    SchemaWriter(ApiModel api) {
        this.api = api;
    }

    /** The inline schema of {@code type}; named types are {@code $ref}s. */
    Map<String, Object> schema(TypeModel type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof TypeModel.Scalar scalar) {
            // a boxed type is no more nullable than a primitive: null is refused unless Optional or @Nullable
            schema.put("type", scalar.kind().jsonType());
            if (scalar.kind().format() != null) {
                schema.put("format", scalar.kind().format());
            }
        } else if (type instanceof TypeModel.EnumRef enumRef) {
            schema.put("$ref", REF_PREFIX + componentName(enumRef.qualifiedName()));
        } else if (type instanceof TypeModel.ObjectRef object) {
            schema.put("$ref", REF_PREFIX + componentName(object.qualifiedName()));
        } else if (type instanceof TypeModel.ArrayOf array) {
            schema.put("type", "array");
            schema.put("items", schema(array.item()));
            if (array.unique()) {
                schema.put("uniqueItems", true);
            }
        } else if (type instanceof TypeModel.MapOf map) {
            schema.put("type", "object");
            if (map.key() instanceof TypeModel.EnumRef) {
                // as pydantic has dict[Color, int]: the keys' schema as propertyNames
                schema.put("propertyNames", schema(map.key()));
            }
            schema.put("additionalProperties", schema(map.value()));
        } else if (type instanceof TypeModel.Base64Bytes) {
            // as databind reads and writes byte[]; pydantic's bytes with val_json_bytes='base64'
            schema.put("type", "string");
            schema.put("contentEncoding", "base64");
        } else if (type instanceof TypeModel.FileRef) {
            schema.put("type", "string");
            schema.put("format", "binary");
        } else if (type instanceof TypeModel.OptionalOf optional) {
            return nullable(schema(optional.value()));
        }
        return schema;
    }

    /** {@code schema} also accepting null: a type array, or {@code anyOf} with null for a reference. */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.put("type", List.of(single, "null"));
            return copy;
        }
        if (type instanceof List<?>) {
            return schema;
        }
        Map<String, Object> anyOf = new LinkedHashMap<>();
        anyOf.put("anyOf", List.of(schema, Map.of("type", "null")));
        return anyOf;
    }

    /** The component schema of a record, bean or enum. */
    Map<String, Object> component(SchemaModel model) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", model.name());
        if (!model.description().isEmpty()) {
            schema.put("description", model.description());
        }
        if (model instanceof SchemaModel.EnumSchema enumSchema) {
            schema.put("type", "string");
            if (enumSchema.valueMethod() == null) {
                // a @JsonValue's texts are known only at run time
                schema.put("enum", enumSchema.jsonNames());
            }
            return schema;
        }
        if (model instanceof SchemaModel.UnionSchema union) {
            return union(schema, union);
        }
        SchemaModel.ObjectSchema object = (SchemaModel.ObjectSchema) model;
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        SchemaModel.ObjectSchema.Tag tag = object.tag();
        if (tag != null && !tag.existingProperty()) {
            properties.put(tag.property(), tagSchema(tag));
            required.add(tag.property());
        }
        for (PropertyModel property : object.properties()) {
            if (tag != null && tag.existingProperty() && property.jsonName().equals(tag.property())) {
                properties.put(property.jsonName(), tagSchema(tag));
                required.add(property.jsonName());
                continue;
            }
            Map<String, Object> base = schema(property.type());
            if (property.binding().nullable()) {
                base = nullable(base);
            }
            if (property.binding().defaultValue() != null) {
                base = new LinkedHashMap<>(base);
                base.put("default", defaultOf(property.binding().defaultValue(), property.type()));
            }
            Map<String, Object> propertySchema = withKeywords(base, property.keywords());
            if (!property.description().isEmpty()) {
                propertySchema = new LinkedHashMap<>(propertySchema);
                propertySchema.put("description", property.description());
            }
            if (property.example() != null) {
                propertySchema = new LinkedHashMap<>(propertySchema);
                propertySchema.put("examples", List.of(exampleOf(property.example(), property.type())));
            }
            properties.put(property.jsonName(), propertySchema);
            if (property.required()) {
                required.add(property.jsonName());
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    /**
     * A polymorphic type as pydantic writes a discriminated union: {@code oneOf} its subtypes'
     * components, and the discriminator mapping each name to one.
     */
    private Map<String, Object> union(Map<String, Object> schema, SchemaModel.UnionSchema union) {
        List<Object> oneOf = new ArrayList<>();
        Map<String, Object> mapping = new LinkedHashMap<>();
        for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
            String ref = REF_PREFIX + componentName(variant.qualifiedName());
            oneOf.add(Map.of("$ref", ref));
            mapping.put(variant.tag(), ref);
            variant.aliases().forEach(alias -> mapping.put(alias, ref));
        }
        schema.put("oneOf", oneOf);
        Map<String, Object> discriminator = new LinkedHashMap<>();
        discriminator.put("propertyName", union.discriminator());
        discriminator.put("mapping", mapping);
        schema.put("discriminator", discriminator);
        return schema;
    }

    /**
     * A subtype's discriminator property, as pydantic writes a {@code Literal} tag; with aliases,
     * as it writes {@code Literal['a', 'b']}: an {@code enum}, the written name first.
     */
    private static Map<String, Object> tagSchema(SchemaModel.ObjectSchema.Tag tag) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        if (tag.aliases().isEmpty()) {
            schema.put("const", tag.value());
        } else {
            List<String> names = new ArrayList<>();
            names.add(tag.value());
            names.addAll(tag.aliases());
            schema.put("enum", names);
        }
        return schema;
    }

    /**
     * {@code schema} with {@code keywords} added, sorted by keyword for stable output. A keyword
     * whose value and existing value are both objects ({@code items}, {@code additionalProperties})
     * is merged into it, so element constraints extend the element's schema.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withKeywords(Map<String, Object> schema, Map<String, Object> keywords) {
        if (keywords.isEmpty()) {
            return schema;
        }
        Map<String, Object> merged = new LinkedHashMap<>(schema);
        new java.util.TreeMap<>(keywords).forEach((keyword, value) -> merged.merge(keyword, value,
                (old, added) -> old instanceof Map && added instanceof Map
                        ? withKeywords((Map<String, Object>) old, (Map<String, Object>) added) : added));
        return merged;
    }

    /** A {@code @DefaultValue} as the JSON value it stands for: a number, a boolean, text, or the JSON it is. */
    static Object defaultOf(String text, TypeModel type) {
        if (type instanceof TypeModel.ArrayOf array && array.item().isScalar() && !text.strip().startsWith("[")) {
            return text; // a query parameter's list default is one value's text
        }
        if (type instanceof TypeModel.Scalar scalar) {
            return switch (scalar.kind().jsonType()) {
                case "integer" -> new java.math.BigInteger(text.trim());
                case "number" -> new java.math.BigDecimal(text.trim());
                case "boolean" -> Boolean.valueOf(List.of("true", "1", "yes", "on", "t", "y")
                        .contains(text.trim().toLowerCase(java.util.Locale.ROOT)));
                default -> text;
            };
        }
        return type instanceof TypeModel.EnumRef || type instanceof TypeModel.Base64Bytes ? text : new JsonDocument.Raw(text);
    }

    /**
     * An {@code @Example} as the JSON value it stands for, by {@code @DefaultValue}'s rule; one
     * value's text for a list of scalars is that one-element list.
     */
    static Object exampleOf(String text, TypeModel type) {
        TypeModel value = type instanceof TypeModel.OptionalOf optional ? optional.value() : type;
        if (value instanceof TypeModel.ArrayOf array && array.item().isScalar() && !text.strip().startsWith("[")) {
            return List.of(defaultOf(text, array.item()));
        }
        return defaultOf(text, value);
    }

    private String componentName(String qualifiedName) {
        return api.schema(qualifiedName).map(SchemaModel::name).orElse(qualifiedName.replace('.', '_'));
    }
}
