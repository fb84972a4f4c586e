package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Traced} methods, and what its generated subclass needs: the type to
 * extend, the constructors to mirror and the methods to override.
 *
 * @param kind         {@code "class"}, {@code "interface"}, {@code "enum"}, {@code "record"}
 * @param superType    the class with its type variables, as the subclass extends it
 * @param constructors every constructor that is not private, in source order
 */
public record TracedClassModel(
        ClassName type,
        String kind,
        boolean isPublic,
        boolean isPrivate,
        boolean isFinal,
        boolean isAbstract,
        boolean isInnerClass,
        List<TypeVariableName> typeVariables,
        TypeName superType,
        List<SignatureModel> constructors,
        List<TracedMethodModel> methods,
        TypeElement element) {
    public TracedClassModel {
        typeVariables = List.copyOf(typeVariables);
        constructors = List.copyOf(constructors);
        methods = List.copyOf(methods);
    }

    /** The generated subclass, beside the class: {@code TracedItemStore}, {@code TracedOuter_Store}. */
    public ClassName tracedType() {
        return ClassName.get(type.packageName(), "Traced" + String.join("_", type.simpleNames()));
    }
}
