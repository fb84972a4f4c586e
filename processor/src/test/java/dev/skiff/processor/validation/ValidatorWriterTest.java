package dev.skiff.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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

        String source = ValidatorWriter.write(model).toString();

        assertThat(source).contains("public final class OrderValidator");
        assertThat(source.indexOf("// qty")).isLessThan(source.indexOf("// code"));
        assertThat(source)
                .contains("if (!(quantity >= 1L))")
                .contains("Violations.add(problems, loc, \"min\", LazyMessages.MESSAGE_1, quantity, LazyMessages.CTX_0, \"qty\")")
                .contains("Pattern.compile(\"[A-Z]{3}\")")
                .contains("code != null && !(PATTERN_");
    }

    @Test
    void sharesIdenticalConstants() {
        ConstraintModel notBlank = constraint(ConstraintKind.NOT_BLANK);
        ValueModel text = value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, notBlank);
        ValidatedTypeModel model = new ValidatedTypeModel(ORDER, List.of(property("a", "a", text), property("b", "b", text)),
                List.of(), null);

        String source = ValidatorWriter.write(model).toString();

        assertThat(source.split("Messages.interpolate", -1)).hasSize(2);
    }

    @Test
    void listElementsAreCheckedWithTheirIndex() {
        TypeName strings = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));
        ValueModel element = value(ClassName.get(String.class), ValueKind.CHAR_SEQUENCE, constraint(ConstraintKind.NOT_BLANK));
        ValueModel list = new ValueModel(strings, ValueKind.COLLECTION, List.of(), null, element, List.of());

        String source = ValidatorWriter.write(new ValidatedTypeModel(ORDER, List.of(property("tags", "tags", list)),
                List.of(), null)).toString();

        assertThat(source).contains("for (var element0 : tags)").contains("\"tags\", index0)");
    }

    private static PropertyModel property(String name, String json, ValueModel value) {
        return new PropertyModel(name, json, name + "()", value, null);
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
