package dev.skiff.processor.check;

import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.support.json.JsonSyntax;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of the JSON codecs: a type left to databind is said aloud (a note naming the type
 * and why), and a property's {@code @DefaultValue} must fit its type, so a bad default is a
 * compile error rather than a failure on the first body that lacks it.
 */
final class CodecChecks {
    private final Diagnostics diagnostics;

    CodecChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(ApiModel api) {
        for (SchemaModel schema : api.schemas().values()) {
            boolean misused = schema instanceof SchemaModel.UnionSchema union && union.misuse() != null;
            if (schema.fallback() != null && schema.element() != null && !misused) {
                diagnostics.note(schema.element(), DiagnosticMessages.CODEC_FALLBACK, schema.javaType(), schema.fallback());
            }
            if (schema instanceof SchemaModel.ObjectSchema object) {
                object.properties().forEach(this::checkDefault);
                object.properties().forEach(this::checkDescribable);
            }
            if (schema instanceof SchemaModel.UnionSchema union && union.misuse() != null && union.element() != null) {
                diagnostics.error(union.element(), "%s", union.misuse());
                continue;
            }
        }
    }

    /** A property of a type the processor cannot describe would be a silent {} in the document and databind's guess on the wire. */
    private void checkDescribable(PropertyModel property) {
        if (property.element() != null && undescribable(property.type())) {
            diagnostics.error(located(property.element()), DiagnosticMessages.UNDESCRIBABLE_PROPERTY, property.element(),
                    property.type().javaType());
        }
    }

    private static boolean undescribable(TypeModel type) {
        return type instanceof TypeModel.Unsupported || type instanceof TypeModel.Context
                || type instanceof TypeModel.ArrayOf array && undescribable(array.item())
                || type instanceof TypeModel.MapOf map && undescribable(map.value())
                || type instanceof TypeModel.OptionalOf optional && undescribable(optional.value());
    }

    private void checkDefault(PropertyModel property) {
        String text = property.binding().defaultValue();
        if (text == null || property.element() == null) {
            return;
        }
        TypeModel type = property.type();
        Element where = located(property.element());
        if (type instanceof TypeModel.OptionalOf) {
            diagnostics.error(where, DiagnosticMessages.DEFAULT_ON_OPTIONAL_PROPERTY, property.element());
            return;
        }
        String problem = type.isScalar() ? DefaultValues.problem(text, type) : jsonProblem(text, type);
        if (problem != null) {
            diagnostics.error(where, DiagnosticMessages.BAD_PROPERTY_DEFAULT, text, property.element(), type.javaType(), problem);
        }
    }

    /** A record component's field, which javac can point at in the source (the component itself it cannot, on Java 17). */
    static Element located(Element property) {
        if (property.getKind() != ElementKind.RECORD_COMPONENT) {
            return property;
        }
        return ElementFilter.fieldsIn(property.getEnclosingElement().getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().contentEquals(property.getSimpleName()))
                .<Element>map(field -> field).findFirst().orElse(property);
    }

    /** Why {@code text} is not JSON of {@code type}'s shape (an array for a collection, an object otherwise), or null. */
    private static String jsonProblem(String text, TypeModel type) {
        JsonSyntax.Error error = JsonSyntax.firstError(text.getBytes(StandardCharsets.UTF_8));
        if (error != null) {
            return "it is not JSON (" + error.message() + " at " + error.position() + ")";
        }
        char first = text.strip().charAt(0);
        boolean array = type instanceof TypeModel.ArrayOf;
        if (array ? first != '[' : first != '{') {
            return array ? "expected a JSON array such as []" : "expected a JSON object such as {}";
        }
        return null;
    }
}
