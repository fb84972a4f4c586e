package dev.skiff.processor.read;

import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Collects the JSON schemas of every record, bean and enum that is read or written, following
 * nested types, and names them: the simple name, or the qualified one where simple names clash.
 */
final class SchemaReader {
    private final Elements elements;
    private final DocComments docs;
    private final JsonNames jsonNames;
    private final Map<String, TypeElement> registered = new TreeMap<>();
    private TypeReader types;

    SchemaReader(Elements elements, DocComments docs) {
        this.elements = elements;
        this.docs = docs;
        this.jsonNames = new JsonNames(elements);
    }

    void use(TypeReader types) {
        this.types = types;
    }

    /** Registers a record, bean or enum (once); its schema is built by {@link #schemas()}. */
    void register(TypeElement element) {
        registered.putIfAbsent(element.getQualifiedName().toString(), element);
    }

    static List<String> constants(TypeElement enumType) {
        return enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /** Every registered type's schema, by qualified name. Building one may register more. */
    Map<String, SchemaModel> schemas() {
        Map<String, List<PropertyModel>> properties = new HashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TypeElement element : List.copyOf(registered.values())) {
                String name = element.getQualifiedName().toString();
                if (element.getKind() != ElementKind.ENUM && !properties.containsKey(name)) {
                    properties.put(name, properties(element));
                    grew = true;
                }
            }
        }
        Map<String, String> names = componentNames();
        Map<String, SchemaModel> schemas = new TreeMap<>();
        registered.forEach((name, element) -> {
            String binary = elements.getBinaryName(element).toString();
            String description = docs.description(element);
            schemas.put(name, element.getKind() == ElementKind.ENUM
                    ? new SchemaModel.EnumSchema(names.get(name), binary, description, constants(element))
                    : new SchemaModel.ObjectSchema(names.get(name), binary, description,
                            element.getKind() == ElementKind.RECORD, properties.get(name), superclasses(element)));
        });
        return schemas;
    }

    /** A bean's superclasses below {@code Object}, nearest first, by binary name. */
    private List<String> superclasses(TypeElement element) {
        List<String> superclasses = new ArrayList<>();
        TypeElement type = element;
        while (type.getSuperclass().getKind() == TypeKind.DECLARED) {
            type = (TypeElement) ((javax.lang.model.type.DeclaredType) type.getSuperclass()).asElement();
            String name = type.getQualifiedName().toString();
            if (name.equals("java.lang.Object") || name.equals("java.lang.Record")) {
                break;
            }
            superclasses.add(elements.getBinaryName(type).toString());
        }
        return superclasses;
    }

    private Map<String, String> componentNames() {
        Map<String, Integer> counts = new HashMap<>();
        registered.values().forEach(e -> counts.merge(e.getSimpleName().toString(), 1, Integer::sum));
        Map<String, String> names = new HashMap<>();
        registered.forEach((name, element) -> {
            String simple = element.getSimpleName().toString();
            names.put(name, counts.get(simple) == 1 ? simple : name.replace('.', '_'));
        });
        return names;
    }

    private List<PropertyModel> properties(TypeElement element) {
        Map<String, String> paramDocs = docs.params(element);
        List<PropertyModel> properties = new ArrayList<>();
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                ExecutableElement accessor = component.getAccessor();
                if (Annotations.has(accessor, Names.JSON_IGNORE) || Annotations.has(component, Names.JSON_IGNORE)) {
                    continue;
                }
                String javaName = component.getSimpleName().toString();
                properties.add(property(jsonNames.of(javaName, component, accessor, field(element, javaName)),
                        types.read(component.asType()), paramDocs.getOrDefault(javaName, ""), component));
            }
            return properties;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            // Jackson sees public getters only
            String javaName = method.getModifiers().contains(Modifier.PUBLIC) ? JsonNames.getterProperty(method) : null;
            if (javaName != null && !Annotations.has(method, Names.JSON_IGNORE)) {
                properties.add(property(jsonNames.of(javaName, method, field(element, javaName)),
                        types.read(method.getReturnType()), docs.description(method), method));
            }
        }
        return properties;
    }

    private static PropertyModel property(String jsonName, TypeModel type, String description, Element source) {
        boolean nullable = type instanceof TypeModel.OptionalOf
                || type instanceof TypeModel.Scalar scalar && scalar.nullable();
        return new PropertyModel(jsonName, type, !nullable, description, Map.of(), source);
    }

    private static Element field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name)).findFirst().orElse(null);
    }
}
