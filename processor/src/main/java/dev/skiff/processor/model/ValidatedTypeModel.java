package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A record or bean that gets a generated {@code <Type>Validator}.
 *
 * @param type             the type
 * @param properties       its constrained or cascaded properties, in declaration order
 * @param classConstraints constraints on the class itself (not supported: reported by {@code ConstraintChecks})
 * @param element          the type element, for diagnostics and as originating element
 */
public record ValidatedTypeModel(ClassName type, List<ValidatedPropertyModel> properties, List<ConstraintModel> classConstraints,
                                 Element element) {
    public ValidatedTypeModel {
        properties = List.copyOf(properties);
        classConstraints = List.copyOf(classConstraints);
    }

    /** The generated validator: {@code <Type>Validator} in the type's package ({@code Outer_InnerValidator} for nested types). */
    public ClassName validatorName() {
        return validatorNameOf(type);
    }

    public static ClassName validatorNameOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Validator");
    }
}
