package dev.skiff.processor.write.validators;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.CustomConstraint;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import dev.skiff.processor.write.Models;
import dev.skiff.processor.write.invokers.InvokerWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constraints on handler parameters, written into the invokers from a hand-built model, without javac. */
class ParamValidationTest {
    private static final ClassName EVEN = ClassName.get("com.example", "Even");

    @Test
    void minOnAPathParameter_isCheckedAfterBindingAndBeforeTheOne422() {
        ConstraintModel min = new ConstraintModel(ConstraintKind.MIN, ClassName.get("jakarta.validation.constraints", "Min"),
                Map.of("value", 1L), "{jakarta.validation.constraints.Min.message}", List.of(), null, null, null);
        HandlerModel handler = handler(constrained(new ValueModel(TypeName.LONG, ValueKind.INTEGRAL, List.of(min), null,
                null, List.of())));

        String source = new InvokerWriter(new ApiModel(null, List.of(handler), Map.of())).write(handler).get(0).toString();

        assertThat(source).containsSubsequence(
                "Long id = Params.required(call.pathValue(0), Converters.LONG, LOC_PATH_ID, problems);",
                "if (id != null) {",
                "if (!(id.longValue() >= 1L)) {",
                "problems.add(\"min\", LOC_PATH_ID, \"must be greater than or equal to 1\", id, OnFirstViolation.CTX",
                "problems.throwIfAny();",
                "String result = handler.getItem(id);");
    }

    @Test
    void customConstraintOnAParameter_getsItsAnnotationInstanceBesideTheInvokers() {
        CustomConstraint custom = new CustomConstraint(ClassName.get("com.example", "EvenCheck"), true,
                List.of(new CustomConstraint.Member("message", ClassName.get(String.class), "must be even")), null);
        ConstraintModel even = new ConstraintModel(ConstraintKind.CUSTOM, EVEN, Map.of(), "must be even", List.of(),
                custom, null, null);
        HandlerModel handler = handler(constrained(new ValueModel(TypeName.LONG, ValueKind.INTEGRAL, List.of(even), null,
                null, List.of())));

        List<JavaFile> files = new InvokerWriter(new ApiModel(null, List.of(handler), Map.of())).write(handler);
        String invokers = files.get(0).toString();
        List<JavaFile> instances = files.subList(1, files.size());

        assertThat(invokers).contains("Validators.initialized(new EvenCheck(), new ShopApi_EvenInstance(\"must be even\"))");
        assertThat(instances).singleElement().satisfies(file -> {
            assertThat(file.typeSpec().name()).isEqualTo("ShopApi_EvenInstance");
            assertThat(file.toString()).contains("final class ShopApi_EvenInstance implements Even");
        });
    }

    @Test
    void customConstraintOnTheElementsOfAParameter_getsItsAnnotationInstanceToo() {
        CustomConstraint custom = new CustomConstraint(ClassName.get("com.example", "EvenCheck"), true,
                List.of(new CustomConstraint.Member("message", ClassName.get(String.class), "must be even")), null);
        ConstraintModel even = new ConstraintModel(ConstraintKind.CUSTOM, EVEN, Map.of(), "must be even", List.of(),
                custom, null, null);
        ValueModel element = new ValueModel(TypeName.LONG.box(), ValueKind.INTEGRAL_BOX, List.of(even), null, null,
                List.of());
        HandlerModel handler = handler(constrained(new ValueModel(
                ParameterizedTypeName.get(ClassName.get(List.class), TypeName.LONG.box()), ValueKind.COLLECTION, List.of(),
                null, element, List.of())));

        List<JavaFile> files = new InvokerWriter(new ApiModel(null, List.of(handler), Map.of())).write(handler);

        assertThat(files.get(0).toString()).contains("new ShopApi_EvenInstance(\"must be even\")");
        assertThat(files.subList(1, files.size())).singleElement()
                .satisfies(file -> assertThat(file.typeSpec().name()).isEqualTo("ShopApi_EvenInstance"));
    }

    private static ParamModel constrained(ValueModel checks) {
        ParamModel id = Models.pathLong("id", 0);
        return id.withConstraints(checks, Map.of());
    }

    private static HandlerModel handler(ParamModel param) {
        RouteModel route = Models.route("GET", "/items/{id}", "getItem", List.of(param), Models.text());
        return Models.api(List.of(route), Map.of()).handlers().get(0);
    }
}
