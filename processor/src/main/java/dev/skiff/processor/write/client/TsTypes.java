package dev.skiff.processor.write.client;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TypeScript types for the model's types, by the rules the OpenAPI document's schemas follow
 * (write/openapi/SchemaWriter): named types by their component names, {@code Optional} and
 * {@code @Nullable} as {@code | null}, {@code byte[]} as its base64 text, enum-keyed maps as
 * partial records (a key may be absent).
 */
final class TsTypes {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /**
     * Globals the client uses: a component of one of these names gets a trailing underscore in
     * TypeScript ({@code Blob_}), else it would shadow the global in the client's module.
     */
    private static final java.util.Set<String> GLOBALS = java.util.Set.of("Array", "AsyncIterable",
            "AsyncIterableIterator", "Blob", "BodyInit", "Boolean", "Date", "Error", "File", "FormData", "Headers",
            "JSON", "Map", "Number", "Object", "Partial", "Promise", "ReadableStream", "Record", "RequestInit",
            "Response", "Set", "String", "TextDecoder", "URLSearchParams");

    private final ApiModel api;

    TsTypes(ApiModel api) {
        this.api = api;
    }

    String of(TypeModel type) {
        if (type instanceof TypeModel.Scalar scalar) {
            return switch (scalar.kind().jsonType()) {
                case "integer", "number" -> "number";
                case "boolean" -> "boolean";
                default -> "string";
            };
        }
        if (type instanceof TypeModel.EnumRef enumRef) {
            return componentName(enumRef.qualifiedName());
        }
        if (type instanceof TypeModel.ObjectRef object) {
            return componentName(object.qualifiedName());
        }
        if (type instanceof TypeModel.ArrayOf array) {
            return "Array<" + of(array.item()) + ">";
        }
        if (type instanceof TypeModel.MapOf map) {
            return map.key() instanceof TypeModel.EnumRef
                    ? "Partial<Record<" + of(map.key()) + ", " + of(map.value()) + ">>"
                    : "Record<string, " + of(map.value()) + ">";
        }
        if (type instanceof TypeModel.Base64Bytes) {
            return "string";
        }
        if (type instanceof TypeModel.FileRef) {
            return "Blob";
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return of(optional.value()) + " | null";
        }
        return "unknown";
    }

    /** The declarations of every component schema, in the document's (sorted) order. */
    List<String> components() {
        List<String> out = new ArrayList<>();
        api.schemas().values().stream()
                .sorted(java.util.Comparator.comparing(SchemaModel::name))
                .forEach(schema -> out.add(component(schema)));
        return out;
    }

    private String component(SchemaModel model) {
        StringBuilder out = new StringBuilder();
        String name = typeName(model.name());
        doc(out, "", model.description());
        if (model instanceof SchemaModel.EnumSchema enumSchema) {
            if (enumSchema.valueMethod() != null) {
                // a @JsonValue's texts are known only at run time
                return out.append("export type ").append(name).append(" = string;\n").toString();
            }
            out.append("export type ").append(name).append(" =");
            enumSchema.jsonNames().forEach(value -> out.append("\n  | ").append(literal(value)));
            return out.append(";\n").toString();
        }
        if (model instanceof SchemaModel.UnionSchema union) {
            out.append("export type ").append(name).append(" =");
            union.variants().forEach(v -> out.append("\n  | ").append(componentName(v.qualifiedName())));
            return out.append(";\n").toString();
        }
        SchemaModel.ObjectSchema object = (SchemaModel.ObjectSchema) model;
        out.append("export interface ").append(name).append(" {\n");
        SchemaModel.ObjectSchema.Tag tag = object.tag();
        if (tag != null && !tag.existingProperty()) {
            out.append("  ").append(property(tag.property())).append(": ").append(tagType(tag)).append(";\n");
        }
        for (PropertyModel property : object.properties()) {
            if (tag != null && tag.existingProperty() && property.jsonName().equals(tag.property())) {
                out.append("  ").append(property(tag.property())).append(": ").append(tagType(tag)).append(";\n");
                continue;
            }
            doc(out, "  ", property.description());
            String type = of(property.type());
            if (property.binding().nullable() && !type.endsWith("| null")) {
                type += " | null";
            }
            out.append("  ").append(property(property.jsonName())).append(property.required() ? "" : "?")
                    .append(": ").append(type).append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** The discriminator's value as a literal type, so a switch on it narrows the union. */
    private static String tagType(SchemaModel.ObjectSchema.Tag tag) {
        List<String> names = new ArrayList<>();
        names.add(literal(tag.value()));
        tag.aliases().forEach(alias -> names.add(literal(alias)));
        return String.join(" | ", names);
    }

    /** The names of an object body's properties, or null when it is no plain object (a union, a map, a list). */
    List<String> objectProperties(TypeModel type) {
        if (!(type instanceof TypeModel.ObjectRef ref)) {
            return null;
        }
        SchemaModel schema = api.schema(ref.qualifiedName()).orElse(null);
        if (schema instanceof SchemaModel.UnionSchema union) {
            // a union spreads beside the parameters as well when no variant's property clashes
            List<String> names = new ArrayList<>();
            names.add(union.discriminator());
            for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
                List<String> variantNames = objectProperties(new TypeModel.ObjectRef(variant.javaType(), variant.qualifiedName()));
                if (variantNames == null) {
                    return null;
                }
                names.addAll(variantNames);
            }
            return names;
        }
        if (!(schema instanceof SchemaModel.ObjectSchema object)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (object.tag() != null && !object.tag().existingProperty()) {
            names.add(object.tag().property());
        }
        object.properties().forEach(p -> names.add(p.jsonName()));
        return names;
    }

    String componentName(String qualifiedName) {
        return typeName(api.schema(qualifiedName).map(SchemaModel::name).orElse(qualifiedName.replace('.', '_')));
    }

    /** A component's TypeScript name: its document name, unless that is a global the client uses. */
    static String typeName(String schemaName) {
        String name = identifier(schemaName);
        return GLOBALS.contains(name) ? name + "_" : name;
    }

    static String identifier(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_$]", "_");
        return Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
    }

    /** A property name, quoted unless it is an identifier. */
    static String property(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : literal(name);
    }

    /** A property access on {@code target}. */
    static String access(String target, String name) {
        return IDENTIFIER.matcher(name).matches() ? target + "." + name : target + "[" + literal(name) + "]";
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    static void doc(StringBuilder out, String indent, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append(indent).append("/** ").append(text.strip().replace("*/", "*\\/").replace("\n", "\n" + indent + " * "))
                .append(" */\n");
    }
}
