package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A record or bean that gets a generated {@code <Type>Validator}: a class, or one instantiation
 * of a generic one ({@code Page<NewItem>}, whose {@code @Valid List<T> items} then cascades into
 * {@code NewItem}'s validator).
 *
 * @param type             the type (the generic class for an instantiation)
 * @param properties       its constrained or cascaded properties, in declaration order (of the instantiation: types substituted)
 * @param classConstraints constraints on the class itself (not supported: reported by {@code ConstraintChecks})
 * @param element          the type element, for diagnostics and as originating element
 * @param typeArguments    those of the instantiation, empty for a class that is not generic
 */
public record ValidatedTypeModel(ClassName type, List<ValidatedPropertyModel> properties, List<ConstraintModel> classConstraints,
                                 Element element, List<TypeName> typeArguments) {
    public ValidatedTypeModel {
        properties = List.copyOf(properties);
        classConstraints = List.copyOf(classConstraints);
        typeArguments = List.copyOf(typeArguments);
    }

    public ValidatedTypeModel(ClassName type, List<ValidatedPropertyModel> properties, List<ConstraintModel> classConstraints,
                              Element element) {
        this(type, properties, classConstraints, element, List.of());
    }

    /** What the validator checks: the class, or the instantiation ({@code Page<NewItem>}). */
    public TypeName valueType() {
        return typeArguments.isEmpty() ? type : ParameterizedTypeName.get(type, typeArguments.toArray(TypeName[]::new));
    }

    /** The key a validated type is known by: {@code a.Item}, {@code a.Page<a.NewItem>} (as the schemas' keys). */
    public String key() {
        return valueType().toString();
    }

    /** The generated validator: {@code <Type>Validator} in the type's package ({@code Outer_InnerValidator} for nested types). */
    public ClassName validatorName() {
        return validatorNameOf(valueType());
    }

    public static ClassName validatorNameOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Validator");
    }

    /**
     * {@code PageValidator} for {@code Page}, {@code Page_NewItem_Validator} for {@code Page<NewItem>}: one validator
     * per instantiation, named as its codec ({@code Page_NewItem_Codec}) is.
     */
    public static ClassName validatorNameOf(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            ClassName raw = parameterized.rawType();
            return ClassName.get(raw.packageName(), String.join("_", raw.simpleNames())
                    + SchemaModel.normalized(SchemaModel.arguments(parameterized)) + "Validator");
        }
        return validatorNameOf((ClassName) type);
    }
}
