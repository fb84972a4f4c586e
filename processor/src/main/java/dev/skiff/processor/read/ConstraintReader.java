package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.AttributeValues;
import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.CustomConstraint;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the constraints of one value — declaration annotations and type-use annotations on
 * its type and type arguments — into a {@link ValueModel}. Reads annotations through
 * mirrors only: nothing of jakarta.validation is linked.
 */
final class ConstraintReader {
    static final String VALID = "jakarta.validation.Valid";
    static final String CONSTRAINT = "jakarta.validation.Constraint";

    private final Elements elements;
    private final Types types;
    private final ValueKinds kinds;
    private final CustomConstraintReader custom;
    private final Map<String, DeclaredType> instances = new java.util.HashMap<>();

    public ConstraintReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.kinds = new ValueKinds(elements, types);
        this.custom = new CustomConstraintReader(elements, types);
    }

    /**
     * The checks of a value of {@code type} declared on {@code element} with these declaration
     * annotations (a field, a method parameter; type-use annotations are read from the type).
     */
    public ValueModel read(TypeMirror type, List<? extends AnnotationMirror> declared, Element element) {
        return read(type, type, declared, element, false);
    }

    /**
     * As {@link #read(TypeMirror, List, Element)}, for a member of an instantiation of a generic type:
     * {@code type} as declared (its type-use annotations, {@code List<@Valid T>}), {@code actual} as it is in
     * the instantiation ({@code List<NewItem>}), which kinds and cascades follow.
     */
    public ValueModel read(TypeMirror type, TypeMirror actual, List<? extends AnnotationMirror> declared, Element element) {
        return read(type, actual, declared, element, false);
    }

    /** The instantiations cascades reached ({@code Page<NewItem>} by its key), for reading their members' types. */
    public Map<String, DeclaredType> instances() {
        return instances;
    }

    private ValueModel read(TypeMirror type, TypeMirror actual, List<? extends AnnotationMirror> declared, Element element,
            boolean validAbove) {
        List<AnnotationMirror> annotations = new ArrayList<>(declared);
        for (AnnotationMirror typeUse : type.getAnnotationMirrors()) {
            if (annotations.stream().noneMatch(a -> a.toString().equals(typeUse.toString()))) {
                annotations.add(typeUse);
            }
        }
        ValueKind kind = kinds.of(actual);
        List<ConstraintModel> constraints = new ArrayList<>();
        boolean validHere = false;
        for (AnnotationMirror annotation : annotations) {
            if (Annotations.nameOf(annotation).equals(VALID)) {
                validHere = true;
            } else {
                constraints.addAll(constraintsOf(annotation, actual, element));
            }
        }
        boolean valid = validAbove || validHere;
        // T a List<Line>: through @Valid List<T> or List<@Valid T> Hibernate Validator cascades into each element as
        // a bean (a List has no constraints), not into the elements' own elements; a property declared @Valid T it
        // unwraps at run time as a legacy @Valid container, into each Line (differential test: Generics)
        boolean validDeclared = declared.stream().anyMatch(annotation -> Annotations.nameOf(annotation).equals(VALID));
        boolean validElements = valid && (type.getKind() != TypeKind.TYPEVAR || validDeclared);
        ValueModel elementModel = null;
        List<ConstraintModel> keyConstraints = List.of();
        // @Valid on a container cascades into its elements (map values), as Hibernate Validator does
        if (ValueKinds.isDeclared(actual)) {
            List<? extends TypeMirror> arguments = ((DeclaredType) actual).getTypeArguments();
            List<? extends TypeMirror> written = ValueKinds.isDeclared(type) && ((DeclaredType) type).getTypeArguments().size() == arguments.size()
                    ? ((DeclaredType) type).getTypeArguments() : arguments;
            if ((kind == ValueKind.COLLECTION || kind == ValueKind.OPTIONAL) && arguments.size() == 1) {
                elementModel = read(written.get(0), arguments.get(0), List.of(), element, validElements);
            } else if (kind == ValueKind.MAP && arguments.size() == 2) {
                elementModel = read(written.get(1), arguments.get(1), List.of(), element, validElements);
                keyConstraints = read(written.get(0), arguments.get(0), List.of(), element, false).allConstraints();
            }
        }
        if (kind == ValueKind.ARRAY) {
            // String @NotBlank [] is the array's; @NotBlank String[] reads as both: only the rest is the elements'
            TypeMirror component = ((javax.lang.model.type.ArrayType) (type.getKind() == javax.lang.model.type.TypeKind.ARRAY
                    ? type : actual)).getComponentType();
            List<AnnotationMirror> elementOnly = new ArrayList<>();
            for (AnnotationMirror annotation : component.getAnnotationMirrors()) {
                if (declared.stream().noneMatch(a -> a.toString().equals(annotation.toString()))) {
                    elementOnly.add(annotation);
                }
            }
            keyConstraints = new ArrayList<>();
            for (AnnotationMirror annotation : elementOnly) {
                keyConstraints.addAll(constraintsOf(annotation, component, element));
            }
        }
        TypeName cascadeInto = valid && elementModel == null ? cascadeTarget(actual) : null;
        if (kind == ValueKind.OPTIONAL && elementModel != null) {
            // @Max(100) Optional<Integer> (DESIGN.md's query parameter): Hibernate Validator has no validator for
            // the Optional and fails at run time; Skiff applies such constraints to the value inside instead.
            // @NotNull, @Null and custom constraints stay on the Optional, where Hibernate Validator applies them.
            List<ConstraintModel> outer = new ArrayList<>();
            List<ConstraintModel> inner = new ArrayList<>();
            for (ConstraintModel constraint : constraints) {
                boolean stays = constraint.kind() == ConstraintKind.CUSTOM || constraint.kind().appliesTo(ValueKind.OPTIONAL);
                (stays ? outer : inner).add(constraint);
            }
            inner.addAll(elementModel.constraints());
            elementModel = new ValueModel(elementModel.type(), elementModel.kind(), inner, elementModel.cascadeInto(),
                    elementModel.element(), elementModel.keyConstraints());
            constraints = outer;
        }
        return new ValueModel(TypeName.get(actual), kind, constraints, cascadeInto, elementModel, keyConstraints);
    }

    /** Constraints on a class itself. */
    public List<ConstraintModel> classConstraints(TypeElement type) {
        List<ConstraintModel> result = new ArrayList<>();
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            result.addAll(constraintsOf(annotation, type.asType(), type));
        }
        return result;
    }

    /**
     * The record or bean {@code @Valid} cascades into (an instantiation, {@code Page<NewItem>}, as such), or null
     * for a type that has no properties to check. A type variable or wildcard (here or in the type arguments) is
     * returned as it is: which validator it needs depends on an instantiation not known here.
     */
    private TypeName cascadeTarget(TypeMirror type) {
        TypeKind typeKind = type.getKind();
        if (typeKind == TypeKind.TYPEVAR || typeKind == TypeKind.WILDCARD) {
            return TypeName.get(type).withoutAnnotations();
        }
        if (kinds.of(type) != ValueKind.OTHER || !ValueKinds.isDeclared(type)) {
            return null;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        String name = element.getQualifiedName().toString();
        if (name.startsWith("java.") || element.getKind() == javax.lang.model.element.ElementKind.ENUM) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
            // a raw generic type: its type arguments are unknown, as a Page<?>'s
            return com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(element), element.getTypeParameters().stream()
                    .map(parameter -> com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)).toArray(TypeName[]::new));
        }
        if (declared.getTypeArguments().isEmpty()) {
            return ClassName.get(element);
        }
        TypeName instance = TypeName.get(declared).withoutAnnotations();
        instances.putIfAbsent(instance.toString(), declared);
        return instance;
    }

    /** The constraints an annotation stands for: itself, the members of a {@code @X.List}, or none. */
    private List<ConstraintModel> constraintsOf(AnnotationMirror annotation, TypeMirror valueType, Element element) {
        TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
        ConstraintKind kind = ConstraintKind.ofAnnotation(Annotations.nameOf(annotation));
        if (kind == null && !isConstraint(annotationType)) {
            return repeatedConstraints(annotation, valueType, element);
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        String message = "";
        List<String> groups = new ArrayList<>();
        List<CustomConstraint.Member> members = new ArrayList<>();
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(annotation);
        String unsupported = null;
        for (ExecutableElement member : ElementFilter.methodsIn(annotationType.getEnclosedElements())) {
            AnnotationValue value = values.get(member);
            if (value == null) {
                continue;
            }
            String name = member.getSimpleName().toString();
            Object javaValue = AnnotationValueReader.read(value);
            if (javaValue == AnnotationValueReader.UNSUPPORTED) {
                unsupported = name;
            }
            members.add(new CustomConstraint.Member(name, TypeName.get(member.getReturnType()), javaValue));
            switch (name) {
                case "message" -> message = (String) javaValue;
                case "groups" -> ((List<?>) javaValue).forEach(g -> groups.add(((AttributeValues.ClassLiteral) g).type().toString()));
                case "payload" -> { }
                default -> attributes.put(name, javaValue);
            }
        }
        CustomConstraint customConstraint = kind == null
                ? custom.read(annotationType, valueType, members, unsupported) : null;
        return List.of(new ConstraintModel(kind == null ? ConstraintKind.CUSTOM : kind, ClassName.get(annotationType),
                attributes, message, groups, customConstraint, element, annotation));
    }

    /** {@code @Size.List({@Size(...), ...})}: a {@code value} array of constraint annotations. */
    private List<ConstraintModel> repeatedConstraints(AnnotationMirror annotation, TypeMirror valueType, Element element) {
        List<ConstraintModel> result = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
            if (!entry.getKey().getSimpleName().contentEquals("value") || !(entry.getValue().getValue() instanceof List<?> list)) {
                continue;
            }
            for (Object item : list) {
                if (item instanceof AnnotationValue value && value.getValue() instanceof AnnotationMirror inner) {
                    TypeElement innerType = (TypeElement) inner.getAnnotationType().asElement();
                    if (ConstraintKind.ofAnnotation(Annotations.nameOf(inner)) != null || isConstraint(innerType)) {
                        result.addAll(constraintsOf(inner, valueType, element));
                    }
                }
            }
        }
        return result;
    }

    private static boolean isConstraint(TypeElement annotationType) {
        return annotationType.getAnnotationMirrors().stream().anyMatch(a -> Annotations.nameOf(a).equals(CONSTRAINT));
    }
}
