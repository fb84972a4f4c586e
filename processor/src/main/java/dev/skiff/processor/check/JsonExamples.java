package dev.skiff.processor.check;

import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a JSON example (already known to be well-formed) fits a type all the way down: a string
 * where a string is expected, an integer in range, every required property of a record present,
 * no null where none is allowed. The first misfit is reported with its JSON path, such as
 * {@code $.tags[0]: expected a string}, so the document never shows an example its own schema
 * refuses.
 */
final class JsonExamples {
    private static final Object NULL = new Object();

    private final ApiModel api;

    JsonExamples(ApiModel api) {
        this.api = api;
    }

    /** Why {@code json} is no value of {@code type}, or null. */
    String problem(String json, TypeModel type) {
        return misfit(new Parser(json).value(), type, "$");
    }

    private String misfit(Object value, TypeModel type, String path) {
        if (type instanceof TypeModel.OptionalOf optional) {
            return value == NULL ? null : misfit(value, optional.value(), path);
        }
        if (type instanceof TypeModel.AnyValue) {
            return null;
        }
        if (value == NULL) {
            return path + ": null is not allowed here";
        }
        if (type instanceof TypeModel.Scalar scalar) {
            return scalar(value, scalar, path);
        }
        if (type instanceof TypeModel.EnumRef enumRef) {
            List<String> names = enumNames(enumRef);
            return value instanceof String text && names.contains(text) ? null
                    : path + ": expected one of " + String.join(", ", names);
        }
        if (type instanceof TypeModel.Base64Bytes) {
            return value instanceof String text && base64Problem(text) == null ? null
                    : path + ": expected a base64 string";
        }
        if (type instanceof TypeModel.ArrayOf array) {
            if (!(value instanceof List<?> items)) {
                return path + ": expected an array";
            }
            for (int i = 0; i < items.size(); i++) {
                String problem = misfit(items.get(i), array.item(), path + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof TypeModel.MapOf map) {
            if (!(value instanceof Map<?, ?> entries)) {
                return path + ": expected an object";
            }
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                if (map.key() instanceof TypeModel.EnumRef enumKey && !enumNames(enumKey).contains(entry.getKey())) {
                    return path + "." + entry.getKey() + ": the key is not one of " + String.join(", ", enumNames(enumKey));
                }
                String problem = misfit(entry.getValue(), map.value(), path + "." + entry.getKey());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof TypeModel.ObjectRef object) {
            return object(value, object, path);
        }
        return null;
    }

    private List<String> enumNames(TypeModel.EnumRef enumRef) {
        return api.schema(enumRef.qualifiedName())
                .map(s -> s instanceof SchemaModel.EnumSchema e ? e.jsonNames() : enumRef.constants())
                .orElse(enumRef.constants());
    }

    /**
     * Why {@code text} is not what databind's default base64 variant (MIME without line feeds:
     * the standard alphabet, padding required) decodes, or null.
     */
    static String base64Problem(String text) {
        try {
            java.util.Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return "it is not base64 (" + e.getMessage() + ")";
        }
        return text.length() % 4 == 0 ? null : "it is not base64 (padding with = is required)";
    }

    private String object(Object value, TypeModel.ObjectRef type, String path) {
        if (!(value instanceof Map<?, ?> entries)) {
            return path + ": expected an object";
        }
        SchemaModel found = api.schema(type.qualifiedName()).orElse(null);
        if (found instanceof SchemaModel.UnionSchema union && union.misuse() == null) {
            return variant(entries, union, path);
        }
        if (!(found instanceof SchemaModel.ObjectSchema schema)) {
            return null;
        }
        SchemaModel.ObjectSchema.Tag tag = schema.tag();
        if (tag != null && !tag.existingProperty()) {
            // the document lists a subtype's tag as required, as databind requires it by default
            List<String> names = new ArrayList<>(List.of(tag.value()));
            names.addAll(tag.aliases());
            Object named = entries.get(tag.property());
            if (!(named instanceof String text && names.contains(text))) {
                return path + "." + tag.property() + ": " + (named == null ? "the property is required"
                        : "expected one of " + String.join(", ", names));
            }
        }
        for (PropertyModel property : schema.properties()) {
            Object propertyValue = entries.get(property.jsonName());
            String at = path + "." + property.jsonName();
            if (propertyValue == null) {
                if (property.required()) {
                    return at + ": the property is required";
                }
            } else if (!(propertyValue == NULL && property.nullable())) {
                String problem = misfit(propertyValue, property.type(), at);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** An example of a polymorphic type: a known name in its discriminator, then the properties of the subtype it names. */
    private String variant(Map<?, ?> entries, SchemaModel.UnionSchema union, String path) {
        Object named = entries.get(union.discriminator());
        List<String> names = new ArrayList<>();
        for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
            names.add(variant.tag());
            names.addAll(variant.aliases());
            if (named instanceof String text && (variant.tag().equals(text) || variant.aliases().contains(text))) {
                return object(entries, new TypeModel.ObjectRef(variant.javaType(), variant.qualifiedName()), path);
            }
        }
        return path + "." + union.discriminator() + ": " + (named == null
                ? "the type name is required (one of " + String.join(", ", names) + ")"
                : "expected one of " + String.join(", ", names));
    }

    private static String scalar(Object value, TypeModel.Scalar scalar, String path) {
        String jsonType = scalar.kind().jsonType();
        boolean fits = switch (jsonType) {
            case "integer", "number" -> value instanceof BigDecimal number
                    && DefaultValues.problem(number.toString(), scalar) == null;
            case "boolean" -> value instanceof Boolean;
            default -> value instanceof String text && DefaultValues.problem(text, scalar) == null;
        };
        return fits ? null : path + ": expected " + switch (jsonType) {
            case "integer" -> "an integer in the range of " + scalar.kind().boxed().simpleName();
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> scalar.kind() == ScalarKind.STRING ? "a string" : "a string that converts to " + scalar.javaType();
        };
    }

    /** A reader of well-formed JSON into maps, lists, strings, BigDecimals, booleans and {@link #NULL}. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skipSpace();
                while (text.charAt(at) != '}') {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    at++; // ':'
                    object.put(key, value());
                    skipSpace();
                    if (text.charAt(at) == ',') {
                        at++;
                    }
                    skipSpace();
                }
                at++;
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skipSpace();
                while (text.charAt(at) != ']') {
                    array.add(value());
                    skipSpace();
                    if (text.charAt(at) == ',') {
                        at++;
                    }
                    skipSpace();
                }
                at++;
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String literal : List.of("true", "false", "null")) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? NULL : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return new BigDecimal(text.substring(start, at));
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            for (char c = text.charAt(at); c != '"'; c = text.charAt(at)) {
                if (c == '\\') {
                    char escaped = text.charAt(++at);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
                at++;
            }
            at++;
            return out.toString();
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
