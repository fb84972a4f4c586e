package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ValidatedPropertyModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a record or bean into a {@link ValidatedTypeModel}: record components (their
 * constraints live on the implicit field, as Hibernate Validator reads them), bean fields
 * and getters. Also finds every type {@code @Valid} cascades into, so each gets a validator.
 */
final class ValidatedTypeReader {
    private final Elements elements;
    private final ConstraintReader constraints;
    private final JsonNames jsonNames;
    private final Annotations annotations;
    private final Types types;

    public ValidatedTypeReader(Elements elements, Types types) {
        this.elements = elements;
        this.annotations = new Annotations(elements);
        this.types = types;
        this.constraints = new ConstraintReader(elements, types);
        this.jsonNames = new JsonNames(elements);
    }

    public ConstraintReader constraints() {
        return constraints;
    }

    /** {@code root} and every type reachable from it through {@code @Valid}, each once, in discovery order. */
    public List<ValidatedTypeModel> readWithCascades(TypeElement root) {
        return readWithCascades((DeclaredType) root.asType());
    }

    /**
     * {@code root} (a class, or an instantiation of a generic one: {@code Page<NewItem>}) and every type reachable
     * from it through {@code @Valid}, each once, in discovery order. An instantiation's properties are read as they
     * are in it, so {@code @Valid List<T> items} of {@code Page<NewItem>} cascades into {@code NewItem}.
     */
    public List<ValidatedTypeModel> readWithCascades(DeclaredType root) {
        Map<String, ValidatedTypeModel> found = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<DeclaredType> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            DeclaredType next = pending.remove(0);
            TypeElement element = (TypeElement) next.asElement();
            if (!seen.add(TypeName.get(next).withoutAnnotations().toString())) {
                continue;
            }
            if (SchemaReader.isPolymorphic(element)) {
                // its validator (UnionValidatorWriter) calls the validator of the value's subtype
                SchemaReader.subtypes(element, annotations).stream().filter(TypeReader::isJsonObject)
                        .forEach(subtype -> pending.add((DeclaredType) subtype.asType()));
                continue;
            }
            ValidatedTypeModel model = read(next);
            found.put(model.key(), model);
            for (ValidatedPropertyModel property : model.properties()) {
                collectCascades(property.value(), pending);
            }
        }
        return List.copyOf(found.values());
    }

    private void collectCascades(ValueModel value, List<DeclaredType> pending) {
        if (value.cascadeInto() instanceof ParameterizedTypeName && !value.cascadesIntoUnknownType()) {
            DeclaredType instance = constraints.instances().get(value.cascadeInto().toString());
            if (instance != null) {
                pending.add(instance);
            }
        } else if (value.cascadeInto() instanceof ClassName type) {
            pending.add((DeclaredType) elements.getTypeElement(type.canonicalName()).asType());
        }
        if (value.element() != null) {
            collectCascades(value.element(), pending);
        }
    }

    /** The model of one type. */
    public ValidatedTypeModel read(TypeElement type) {
        return read((DeclaredType) type.asType());
    }

    /**
     * The model of one class or instantiation; a generic class's own type ({@code Page<T>}) is read as the class,
     * its properties as declared.
     */
    public ValidatedTypeModel read(DeclaredType declared) {
        TypeElement type = (TypeElement) declared.asElement();
        boolean instance = !declared.getTypeArguments().isEmpty() && declared.getTypeArguments().stream()
                .noneMatch(argument -> argument.getKind() == TypeKind.TYPEVAR || argument.getKind() == TypeKind.WILDCARD);
        // members as they are in the type read: a subclass of Box<Item> (or Page<NewItem> itself) sees Item where T was written
        DeclaredType in = declared;
        List<ValidatedPropertyModel> properties = type.getKind() == ElementKind.RECORD ? recordProperties(type, in) : beanProperties(type, in);
        List<TypeName> arguments = instance
                ? declared.getTypeArguments().stream().map(argument -> TypeName.get(argument).withoutAnnotations()).toList()
                : List.of();
        return new ValidatedTypeModel(ClassName.get(type), properties, constraints.classConstraints(type), type, arguments);
    }

    /** A member's type as it is in {@code instance} ({@code List<NewItem>} for {@code List<T>}), or as declared. */
    private TypeMirror actualType(DeclaredType instance, Element member) {
        TypeMirror declared = member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
        if (instance == null) {
            return declared;
        }
        TypeMirror actual = types.asMemberOf(instance, member);
        return actual instanceof ExecutableType method ? method.getReturnType() : actual;
    }

    private ValueModel readMember(DeclaredType instance, Element member) {
        TypeMirror declared = member instanceof ExecutableElement method ? method.getReturnType() : member.asType();
        return constraints.read(declared, actualType(instance, member), member.getAnnotationMirrors(), member);
    }

    private List<ValidatedPropertyModel> recordProperties(TypeElement type, DeclaredType instance) {
        List<ValidatedPropertyModel> result = new ArrayList<>();
        for (var component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            VariableElement field = fieldNamed(type, name);
            Element source = field != null ? field : component.getAccessor();
            ValueModel value = readMember(instance, source);
            if (field != null && field.asType().getKind() == TypeKind.ERROR) {
                continue;
            }
            if (value.declaresAnything()) {
                result.add(new ValidatedPropertyModel(name, jsonNames.of(name, component, component.getAccessor(), field), name + "()",
                        value, component));
            }
        }
        return result;
    }

    /** Fields and getters of the class and its superclasses (theirs first), as Hibernate Validator reads them. */
    private List<ValidatedPropertyModel> beanProperties(TypeElement type, DeclaredType instance) {
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement current = type; current != null && !current.getQualifiedName().contentEquals("java.lang.Object");
                current = superclassOf(current)) {
            hierarchy.add(0, current);
        }
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
        List<ValidatedPropertyModel> result = new ArrayList<>();
        for (TypeElement declaring : hierarchy) {
            result.addAll(declaredBeanProperties(declaring, methods, instance));
        }
        return result;
    }

    private static TypeElement superclassOf(TypeElement type) {
        return type.getSuperclass().getKind() == TypeKind.DECLARED
                ? (TypeElement) ((javax.lang.model.type.DeclaredType) type.getSuperclass()).asElement() : null;
    }

    private List<ValidatedPropertyModel> declaredBeanProperties(TypeElement type, List<ExecutableElement> methods, DeclaredType instance) {
        List<ValidatedPropertyModel> result = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            ValueModel value = readMember(instance, field);
            if (!value.declaresAnything()) {
                continue;
            }
            String name = field.getSimpleName().toString();
            ExecutableElement getter = getterOf(methods, name);
            String accessor = !field.getModifiers().contains(Modifier.PRIVATE) ? name
                    : getter != null ? getter.getSimpleName() + "()" : null;
            result.add(new ValidatedPropertyModel(name, jsonNames.of(name, field, getter), accessor, value, field));
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String property = JsonNames.getterProperty(method);
            if (property == null) {
                continue;
            }
            ValueModel value = readMember(instance, method);
            if (value.declaresAnything()) {
                String accessor = method.getModifiers().contains(Modifier.PRIVATE) ? null : method.getSimpleName() + "()";
                result.add(new ValidatedPropertyModel(property, jsonNames.of(property, method, fieldNamed(type, property)), accessor, value, method));
            }
        }
        return result;
    }

    private static VariableElement fieldNamed(TypeElement type, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name) && !field.getModifiers().contains(Modifier.STATIC)) {
                return field;
            }
        }
        return null;
    }

    private static ExecutableElement getterOf(List<ExecutableElement> methods, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (ExecutableElement method : methods) {
            String name = method.getSimpleName().toString();
            if (method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.PRIVATE)
                    && !method.getModifiers().contains(Modifier.STATIC)
                    && (name.equals("get" + suffix) || name.equals("is" + suffix))) {
                return method;
            }
        }
        return null;
    }
}
