package dev.skiff.processor.write.validators;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.AttributeValues;
import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.ValidatedPropertyModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer on hand-built models, without javac. */
class ValidatorWriterTest {
    private static final ClassName ORDER = ClassName.get("com.shop", "Order");

    @Test
    void writesOneBlockPerPropertyInDeclarationOrder() {
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER, List.of(
                property("quantity", "qty", value(TypeName.INT, ValueKind.INTEGRAL, constraint(ConstraintKind.MIN, "value", 1L))),
                property("code", "code", value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE,
                        constraint(ConstraintKind.PATTERN, "regexp", "[A-Z]{3}", "flags", List.of())))),
                List.of(), null);

        String source = ValidatorWriter.write(model, java.util.Map.of()).toString();

        assertThat(source).contains("public final class OrderValidator");
        assertThat(source.indexOf("// qty")).isLessThan(source.indexOf("// code"));
        assertThat(source)
                .contains("if (!(quantity >= 1L))")
                .contains("problems.add(\"min\", loc, \"must be greater than or equal to 1\", quantity, OnFirstViolation.CTX_0, \"qty\")")
                .contains("Pattern.compile(\"[A-Z]{3}\")")
                .contains("code != null && !(PATTERN_");
    }

    @Test
    void sharesIdenticalConstants() {
        ConstraintModel notBlank = constraint(ConstraintKind.NOT_BLANK);
        ValueModel text = value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, notBlank);
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER, List.of(property("a", "a", text), property("b", "b", text)),
                List.of(), null);

        String source = ValidatorWriter.write(model, java.util.Map.of()).toString();

        assertThat(source.split("CTX_0 =", -1)).hasSize(2);
        assertThat(source.split("\"must not be blank\", a, OnFirstViolation.CTX_0", -1)).hasSize(2);
        assertThat(source.split("\"must not be blank\", b, OnFirstViolation.CTX_0", -1)).hasSize(2);
    }

    @Test
    void messagesAreInterpolatedAtCompileTimeWithTheApplicationsOwn() {
        ValueModel text = value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, constraint(ConstraintKind.NOT_BLANK),
                constraint(ConstraintKind.SIZE, "min", 2, "max", 8));
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER, List.of(property("code", "code", text)), List.of(), null);

        String source = ValidatorWriter.write(model, java.util.Map.of(
                "jakarta.validation.constraints.NotBlank.message", "is {app.required}",
                "app.required", "required")).toString();

        assertThat(source).contains("\"is required\", code,").contains("\"size must be between 2 and 8\", code,")
                .doesNotContain("Messages.interpolate").doesNotContain("ValidationMessages");
    }

    @Test
    void floatingPointBoundsAreWrittenInPlaceAndOnlyATieAsksForTheExactDecimal() {
        ValueModel width = value(TypeName.DOUBLE, ValueKind.DOUBLE,
                constraint(ConstraintKind.DECIMAL_MAX, "value", "1000", "inclusive", true),
                constraint(ConstraintKind.MIN, "value", 2L));
        ValueModel huge = value(ClassName.get(java.math.BigDecimal.class), ValueKind.BIG_DECIMAL,
                constraint(ConstraintKind.DECIMAL_MIN, "value", "123456789012345678901234567890.5", "inclusive", false));
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER,
                List.of(property("width", "width", width), property("total", "total", huge)), List.of(), null);

        String source = ValidatorWriter.write(model, java.util.Map.of()).toString();

        assertThat(source)
                .contains("!(!Double.isNaN(width) && (width < 1000.0D || width == 1000.0D && BoundChecks.decimalMax(width, DECIMAL_0, true)))")
                .contains("!(!Double.isNaN(width) && Double.compare(width, 2L) >= 0)")
                .contains("DECIMAL_0 = BigDecimal.valueOf(1000L, 0)")
                .contains("new BigDecimal(\"123456789012345678901234567890.5\")");
    }

    @Test
    void aMessageWhoseAttributesHoldAClassIsInterpolatedOnTheFirstViolation() {
        ConstraintModel custom = constraint(ConstraintKind.NOT_BLANK, "kind", new AttributeValues.ClassLiteral(ORDER));
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER,
                List.of(property("code", "code", value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, custom))),
                List.of(), null);

        String source = ValidatorWriter.write(model, java.util.Map.of()).toString();

        assertThat(source).contains("OnFirstViolation.MESSAGE_")
                .contains("Messages.interpolate(\"{jakarta.validation.constraints.NotBlank.message}\", OnFirstViolation.CTX_");
    }

    @Test
    void listElementsAreCheckedWithTheirIndex() {
        TypeName strings = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
        ValueModel element = value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, constraint(ConstraintKind.NOT_BLANK));
        ValueModel list = new ValueModel(strings, ValueKind.COLLECTION, List.of(), null, element, List.of());

        String source = ValidatorWriter.write(new ValidatedTypeModel(ORDER, List.of(property("tags", "tags", list)),
                List.of(), null), java.util.Map.of()).toString();

        assertThat(source).contains("for (var element$0 : tags)").contains("\"tags\", index$0)");
    }

    private static ValidatedPropertyModel property(String name, String json, ValueModel value) {
        return new ValidatedPropertyModel(name, json, name + "()", value, null);
    }

    private static ValueModel value(TypeName type, ValueKind kind, ConstraintModel... constraints) {
        return new ValueModel(type, kind, List.of(constraints), null, null, List.of());
    }

    private static ConstraintModel constraint(ConstraintKind kind, Object... attributes) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put((String) attributes[i], attributes[i + 1]);
        }
        return new ConstraintModel(kind, ClassName.get(ConstraintKind.PACKAGE, kind.simpleName()), map,
                "{" + ConstraintKind.PACKAGE + "." + kind.simpleName() + ".message}", List.of(), null, null, null);
    }
}
