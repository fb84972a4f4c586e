package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import dev.skiff.processor.model.CustomConstraint;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Finds, among a user constraint's {@code validatedBy} classes, the one that accepts the value. */
final class CustomConstraintReader {
    private static final String CONSTRAINT_VALIDATOR = "jakarta.validation.ConstraintValidator";

    private final Types types;
    private final Annotations annotations;

    CustomConstraintReader(Elements elements, Types types) {
        this.types = types;
        this.annotations = new Annotations(elements);
    }

    CustomConstraint read(TypeElement annotationType, TypeMirror valueType, List<CustomConstraint.Member> members,
                          String unsupportedValue) {
        TypeMirror boxed = valueType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) valueType).asType() : valueType;
        for (TypeMirror validator : validatedBy(annotationType)) {
            TypeMirror accepted = acceptedType(validator);
            if (accepted != null && types.isAssignable(types.erasure(boxed), types.erasure(accepted))) {
                TypeElement element = (TypeElement) types.asElement(validator);
                return new CustomConstraint(ClassName.get(element), hasPublicNoArgConstructor(element), members, unsupportedValue);
            }
        }
        return new CustomConstraint(null, false, members, unsupportedValue);
    }

    private List<TypeMirror> validatedBy(TypeElement annotationType) {
        return Annotations.find(annotationType, ConstraintReader.CONSTRAINT)
                .map(constraint -> annotations.value(constraint, "validatedBy"))
                .filter(value -> value.getValue() instanceof List<?>)
                .map(value -> ((List<?>) value.getValue()).stream()
                        .map(item -> (TypeMirror) ((AnnotationValue) item).getValue()).toList())
                .orElse(List.of());
    }

    /** The {@code T} of the validator's {@code ConstraintValidator<A, T>}. */
    private TypeMirror acceptedType(TypeMirror type) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype.getKind() != TypeKind.DECLARED) {
                continue;
            }
            DeclaredType declared = (DeclaredType) supertype;
            if (ValueKinds.qualifiedName(declared).equals(CONSTRAINT_VALIDATOR) && declared.getTypeArguments().size() == 2) {
                return declared.getTypeArguments().get(1);
            }
            TypeMirror found = acceptedType(supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return false;
        }
        if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }
}
