package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Collects the JSON schemas of every record, bean and enum that is read or written, following
 * nested types, and names them: the simple name, or the qualified one where simple names clash.
 */
final class SchemaReader {
    private final Elements elements;
    private final javax.lang.model.util.Types typeUtils;
    private final DocComments docs;
    private final JsonNames jsonNames;
    private final Fallbacks fallbacks;
    private final PropertyBindings bindings;
    private final Annotations annotations;
    private final Map<String, TypeElement> registered = new TreeMap<>();
    /** The instantiations of generic records and beans among {@link #registered}, by the same key. */
    private final Map<String, javax.lang.model.type.DeclaredType> instances = new HashMap<>();
    private TypeReader types;

    SchemaReader(Elements elements, javax.lang.model.util.Types typeUtils, DocComments docs) {
        this.elements = elements;
        this.typeUtils = typeUtils;
        this.docs = docs;
        this.jsonNames = new JsonNames(elements);
        this.fallbacks = new Fallbacks(elements);
        this.bindings = new PropertyBindings(elements);
        this.annotations = new Annotations(elements);
    }

    void use(TypeReader types) {
        this.types = types;
    }

    /** Registers a record, bean or enum (once); its schema is built by {@link #schemas()}. */
    void register(TypeElement element) {
        registered.putIfAbsent(element.getQualifiedName().toString(), element);
    }

    /**
     * Registers one instantiation of a generic record or bean, {@code Page<Item>}, and returns its
     * key: the instantiation as Java writes it with qualified names.
     */
    String register(javax.lang.model.type.DeclaredType instance) {
        String key = com.palantir.javapoet.TypeName.get(instance).withoutAnnotations().toString();
        registered.putIfAbsent(key, (TypeElement) instance.asElement());
        instances.putIfAbsent(key, instance);
        return key;
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
            for (Map.Entry<String, TypeElement> entry : List.copyOf(registered.entrySet())) {
                String name = entry.getKey();
                TypeElement element = entry.getValue();
                if (isPolymorphic(element) && !properties.containsKey(name)) {
                    variants(element, true);
                    properties.put(name, List.of());
                    grew = true;
                } else if (element.getKind() != ElementKind.ENUM && !properties.containsKey(name)) {
                    properties.put(name, properties(element, instances.get(name)));
                    // databind writes a subtype's tag even where it is declared as itself (its base's
                    // @JsonTypeInfo is inherited), so the base's union is needed to know it
                    supertypes(element).stream()
                            .filter(s -> isPolymorphic(s) && Annotations.has(s, Names.JSON_TYPE_INFO))
                            .forEach(this::register);
                    grew = true;
                }
            }
        }
        Map<String, String> names = componentNames();
        Map<String, SchemaModel> schemas = new TreeMap<>();
        registered.forEach((name, element) -> {
            String binary = elements.getBinaryName(element).toString();
            String description = docs.description(element);
            ClassName javaType = ClassName.get(element);
            if (isPolymorphic(element)) {
                schemas.put(name, union(element, binary, description, names, properties));
                return;
            }
            schemas.put(name, element.getKind() == ElementKind.ENUM
                    ? new SchemaModel.EnumSchema(names.get(name), binary, description, constants(element),
                            enumJsonNames(element), valueMethod(element), javaType, enumFallback(element), element)
                    : new SchemaModel.ObjectSchema(names.get(name), binary, description,
                            element.getKind() == ElementKind.RECORD, properties.get(name), superclasses(element),
                            javaType, instanceFallback(element, instances.get(name), properties.get(name)), element,
                            element.getKind() == ElementKind.CLASS && !element.getModifiers().contains(Modifier.FINAL),
                            typeArguments(instances.get(name))));
        });
        return withTags(schemas);
    }

    /** Each subtype's schema with its name in its polymorphic type (the first such type, by name). */
    private static Map<String, SchemaModel> withTags(Map<String, SchemaModel> schemas) {
        Map<String, SchemaModel> tagged = new TreeMap<>(schemas);
        for (SchemaModel schema : schemas.values()) {
            if (schema instanceof SchemaModel.UnionSchema union && union.misuse() == null) {
                for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
                    if (tagged.get(variant.qualifiedName()) instanceof SchemaModel.ObjectSchema object && object.tag() == null) {
                        tagged.put(variant.qualifiedName(), object.withTag(new SchemaModel.ObjectSchema.Tag(
                                union.discriminator(), variant.tag(), variant.aliases(), union.existingProperty())));
                    }
                }
            }
        }
        return tagged;
    }

    private static List<com.palantir.javapoet.TypeName> typeArguments(javax.lang.model.type.DeclaredType instance) {
        return instance == null ? List.of() : instance.getTypeArguments().stream()
                .map(argument -> com.palantir.javapoet.TypeName.get(argument).withoutAnnotations()).toList();
    }

    /**
     * A type whose values are of its subtypes, told apart by a name in the JSON: a sealed
     * interface or abstract class, or any interface or abstract class with {@code @JsonTypeInfo}.
     */
    static boolean isPolymorphic(TypeElement element) {
        boolean abstractType = element.getKind() == ElementKind.INTERFACE
                || element.getKind() == ElementKind.CLASS && element.getModifiers().contains(Modifier.ABSTRACT);
        String name = element.getQualifiedName().toString();
        return abstractType && !name.startsWith("java.") && !name.startsWith("javax.")
                && element.getTypeParameters().isEmpty()
                && (element.getModifiers().contains(Modifier.SEALED) || Annotations.has(element, Names.JSON_TYPE_INFO));
    }

    private SchemaModel.UnionSchema union(TypeElement element, String binary, String description, Map<String, String> names,
            Map<String, List<PropertyModel>> properties) {
        String type = element.getQualifiedName().toString();
        AnnotationMirror info = Annotations.find(element, Names.JSON_TYPE_INFO).orElse(null);
        String misuse = null;
        String property = "@type";
        boolean existing = false;
        if (info == null) {
            misuse = String.format(DiagnosticMessages.POLYMORPHIC_WITHOUT_TYPE_INFO, type);
        } else {
            String use = annotations.string(info, "use");
            String include = annotations.string(info, "include");
            String declared = annotations.string(info, "property");
            // Jackson's default property for Id.NAME
            property = declared.isEmpty() ? "@type" : declared;
            existing = include.equals("EXISTING_PROPERTY");
            if (!use.equals("NAME")) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_UNSUPPORTED_USE, type, use);
            } else if (!include.equals("PROPERTY") && !existing) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_UNSUPPORTED_INCLUDE, type, include);
            } else if (!annotations.string(info, "defaultImpl").equals(Names.JSON_TYPE_INFO)) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_DEFAULT_IMPL, type);
            } else if (!existing && annotations.string(info, "visible").equals("true")) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_VISIBLE, type);
            } else if (annotations.string(info, "requireTypeIdForSubtypes").equals("TRUE")) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_REQUIRE_TYPE_ID, type);
            }
        }
        List<SchemaModel.UnionSchema.Variant> variants = new ArrayList<>();
        Map<String, String> byTag = new HashMap<>();
        for (Map.Entry<TypeElement, List<String>> subtype : variants(element, false).entrySet()) {
            TypeElement sub = subtype.getKey();
            String subName = sub.getQualifiedName().toString();
            if (misuse == null && !typeUtils.isSubtype(typeUtils.erasure(sub.asType()), typeUtils.erasure(element.asType()))) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_SUBTYPE_NOT_SUBTYPE, subName, type);
            }
            if (misuse == null && !TypeReader.isJsonObject(sub)) {
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_SUBTYPE_NOT_OBJECT, subName, type);
            }
            for (String tag : subtype.getValue()) {
                String earlier = byTag.putIfAbsent(tag, subName);
                if (misuse == null && earlier != null && !earlier.equals(subName)) {
                    misuse = String.format(DiagnosticMessages.POLYMORPHIC_DUPLICATE_TAG, tag, earlier, subName, type);
                }
            }
            String discriminator = property;
            boolean carries = properties.getOrDefault(subName, List.of()).stream()
                    .anyMatch(p -> p.jsonName().equals(discriminator));
            if (misuse == null && existing && TypeReader.isJsonObject(sub) && !carries) {
                // nothing would write the name: as databind, the subtype's own property is the tag
                misuse = String.format(DiagnosticMessages.POLYMORPHIC_EXISTING_PROPERTY_MISSING, type, property, subName);
            }
            List<String> tags = subtype.getValue();
            variants.add(new SchemaModel.UnionSchema.Variant(tags.get(0), subName, ClassName.get(sub),
                    tags.subList(1, tags.size())));
        }
        if (misuse == null && variants.isEmpty()) {
            misuse = String.format(DiagnosticMessages.POLYMORPHIC_WITHOUT_SUBTYPES, type);
        }
        String fallback = misuse != null ? "it is not a polymorphic type Skiff can bind" : Fallbacks.ofAccess(element);
        return new SchemaModel.UnionSchema(names.get(type), binary, description, property, existing, variants,
                ClassName.get(element), fallback, element, misuse);
    }

    /**
     * The subtypes of a polymorphic type and their names, in the order declared: its
     * {@code @JsonSubTypes}, else its {@code permits}. A subtype's name is its
     * {@code @JsonSubTypes.Type(name)}, else its {@code @JsonTypeName}, else, as Jackson's
     * {@code TypeNameIdResolver}, its binary name after the last {@code .}: {@code Outer$Inner}
     * for a nested class (databind 2.23's known ids, seen in PolymorphismTest). Further names
     * from {@code @JsonSubTypes.Type(names)} follow: databind reads them all and writes
     * {@code name}, else the first of {@code names} (PolymorphismTest pins it).
     */
    private Map<TypeElement, List<String>> variants(TypeElement element, boolean register) {
        Map<TypeElement, List<String>> found = new java.util.LinkedHashMap<>();
        AnnotationMirror subTypes = Annotations.find(element, Names.JSON_SUB_TYPES).orElse(null);
        if (subTypes != null) {
            for (AnnotationMirror type : subTypeEntries(subTypes, annotations)) {
                TypeElement sub = subtypeOf(type, annotations);
                if (sub != null && !found.containsKey(sub)) {
                    List<String> tags = new ArrayList<>();
                    String name = annotations.string(type, "name");
                    if (!name.isEmpty()) {
                        tags.add(name);
                    }
                    annotations.strings(type, "names").stream().filter(n -> !tags.contains(n)).forEach(tags::add);
                    found.put(sub, tags.isEmpty() ? List.of(tag(sub, "")) : tags);
                }
            }
        } else {
            subtypes(element, annotations).forEach(sub -> found.putIfAbsent(sub, List.of(tag(sub, ""))));
        }
        if (register) {
            found.keySet().stream().filter(TypeReader::isJsonObject).forEach(this::register);
        }
        return found;
    }

    /** The subtypes of a polymorphic type, in the order declared: its {@code @JsonSubTypes}, else its {@code permits}. */
    static List<TypeElement> subtypes(TypeElement element, Annotations annotations) {
        List<TypeElement> found = new ArrayList<>();
        AnnotationMirror subTypes = Annotations.find(element, Names.JSON_SUB_TYPES).orElse(null);
        if (subTypes != null) {
            for (AnnotationMirror type : subTypeEntries(subTypes, annotations)) {
                TypeElement sub = subtypeOf(type, annotations);
                if (sub != null && !found.contains(sub)) {
                    found.add(sub);
                }
            }
            return found;
        }
        for (TypeMirror permitted : element.getPermittedSubclasses()) {
            if (permitted instanceof DeclaredType declared && !found.contains((TypeElement) declared.asElement())) {
                found.add((TypeElement) declared.asElement());
            }
        }
        return found;
    }

    private static List<AnnotationMirror> subTypeEntries(AnnotationMirror subTypes, Annotations annotations) {
        List<AnnotationMirror> entries = new ArrayList<>();
        for (Object item : (List<?>) annotations.value(subTypes, "value").getValue()) {
            entries.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
        return entries;
    }

    private static TypeElement subtypeOf(AnnotationMirror type, Annotations annotations) {
        return annotations.value(type, "value").getValue() instanceof DeclaredType declared
                ? (TypeElement) declared.asElement() : null;
    }

    private String tag(TypeElement subtype, String declared) {
        if (!declared.isEmpty()) {
            return declared;
        }
        String named = Annotations.find(subtype, Names.JSON_TYPE_NAME).map(m -> annotations.string(m, "value")).orElse("");
        if (!named.isEmpty()) {
            return named;
        }
        String binary = elements.getBinaryName(subtype).toString();
        return binary.substring(binary.lastIndexOf('.') + 1);
    }

    /** Each constant's JSON name: its {@code @JsonProperty}, else its name. */
    List<String> enumJsonNames(TypeElement enumType) {
        return enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> jsonNames.of(e.getSimpleName().toString(), e))
                .toList();
    }

    private String enumFallback(TypeElement enumType) {
        String reason = Fallbacks.ofAccess(enumType);
        if (reason == null) {
            reason = fallbacks.ofAnnotations(enumType);
        }
        ExecutableElement valueMethod = valueMethodElement(enumType);
        if (reason == null) {
            reason = fallbacks.ofAny(enumType.getEnclosedElements().stream().filter(member -> member != valueMethod).toList());
        }
        return reason;
    }

    /** The enum's {@code @JsonValue} method, when it takes nothing and returns a String (else databind handles it). */
    private static ExecutableElement valueMethodElement(TypeElement enumType) {
        for (ExecutableElement method : ElementFilter.methodsIn(enumType.getEnclosedElements())) {
            if (Annotations.has(method, Names.JSON_VALUE) && method.getParameters().isEmpty()
                    && !method.getModifiers().contains(Modifier.PRIVATE)
                    && method.getReturnType().toString().equals("java.lang.String")) {
                return method;
            }
        }
        return null;
    }

    private static String valueMethod(TypeElement enumType) {
        ExecutableElement method = valueMethodElement(enumType);
        return method == null ? null : method.getSimpleName().toString();
    }

    /** Why a record or bean needs databind: its annotations, its members', or a property a codec cannot reach. */
    /**
     * An instantiation's codec goes beside its generic class, so a type argument that is not
     * public (in another package) sends it to databind; otherwise as {@link #objectFallback}.
     */
    private String instanceFallback(TypeElement type, javax.lang.model.type.DeclaredType instance,
            List<PropertyModel> properties) {
        String reason = objectFallback(type, properties);
        if (reason != null || instance == null) {
            return reason;
        }
        String home = elements.getPackageOf(type).getQualifiedName().toString();
        java.util.Deque<javax.lang.model.type.TypeMirror> pending = new java.util.ArrayDeque<>(instance.getTypeArguments());
        while (!pending.isEmpty()) {
            if (!(pending.pop() instanceof javax.lang.model.type.DeclaredType argument)) {
                continue;
            }
            pending.addAll(argument.getTypeArguments());
            for (Element current = argument.asElement(); current instanceof TypeElement;
                    current = current.getEnclosingElement()) {
                boolean elsewhere = !elements.getPackageOf(current).getQualifiedName().contentEquals(home);
                if (elsewhere && !current.getModifiers().contains(Modifier.PUBLIC)) {
                    return "its type argument " + ((TypeElement) argument.asElement()).getQualifiedName()
                            + " is not public, so a codec beside " + type.getQualifiedName()
                            + " cannot name it; make it public for a generated codec";
                }
            }
        }
        return null;
    }

    private String objectFallback(TypeElement type, List<PropertyModel> properties) {
        String reason = Fallbacks.ofAccess(type);
        boolean subtype = supertypes(type).stream().anyMatch(SchemaReader::isPolymorphic);
        if (reason == null) {
            reason = fallbacks.ofAnnotations(type, subtype ? Fallbacks.POLYMORPHISM : Set.of());
        }
        for (TypeElement supertype : supertypes(type)) {
            // databind reads annotations inherited from superclasses and interfaces too
            if (reason == null) {
                reason = fallbacks.ofAnnotations(supertype, isPolymorphic(supertype) ? Fallbacks.POLYMORPHISM : Set.of());
            }
            if (reason == null) {
                reason = fallbacks.ofAny(supertype.getEnclosedElements());
            }
        }
        if (reason == null) {
            reason = fallbacks.ofCreators(type);
        }
        if (reason == null) {
            reason = fallbacks.ofAny(type.getEnclosedElements());
        }
        if (reason == null && type.getKind() == ElementKind.RECORD) {
            reason = type.getRecordComponents().stream().filter(c -> ignored(c, c.getAccessor()))
                    .findFirst().map(c -> "its component " + c.getSimpleName() + " is @JsonIgnore'd").orElse(null);
            for (RecordComponentElement component : type.getRecordComponents()) {
                reason = reason != null ? reason : fallbacks.ofAnnotations(component);
            }
        }
        for (PropertyModel property : properties) {
            if (reason == null && unreadable(property.type())) {
                reason = "its property " + property.jsonName() + " is of type " + property.type().javaType()
                        + ", which generated codecs do not read";
            }
            if (reason == null && property.element() != null) {
                reason = fallbacks.ofAnnotations(property.element());
            }
        }
        if (reason == null && type.getKind() != ElementKind.RECORD) {
            reason = beanFallback(type, properties);
        }
        if (reason == null && type.getKind() == ElementKind.RECORD) {
            reason = recordGetterFallback(type);
        }
        return reason;
    }

    /** Every superclass below {@code Object}/{@code Record}, and every interface, of {@code type}. */
    private static List<TypeElement> supertypes(TypeElement type) {
        List<TypeElement> found = new ArrayList<>();
        java.util.Deque<javax.lang.model.type.TypeMirror> pending = new java.util.ArrayDeque<>();
        pending.add(type.getSuperclass());
        pending.addAll(type.getInterfaces());
        while (!pending.isEmpty()) {
            javax.lang.model.type.TypeMirror mirror = pending.pop();
            if (mirror.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement element = (TypeElement) ((javax.lang.model.type.DeclaredType) mirror).asElement();
            String name = element.getQualifiedName().toString();
            if (name.startsWith("java.") || found.contains(element)) {
                continue;
            }
            found.add(element);
            pending.add(element.getSuperclass());
            pending.addAll(element.getInterfaces());
        }
        return found;
    }

    /** A record's getter-style method that is no component: databind writes it as a property too. */
    private String recordGetterFallback(TypeElement record) {
        Set<String> components = new HashSet<>();
        record.getRecordComponents().forEach(c -> components.add(c.getSimpleName().toString()));
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(record))) {
            String property = method.getModifiers().contains(Modifier.PUBLIC) ? JsonNames.getterProperty(method) : null;
            String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
            if (property != null && !owner.startsWith("java.") && !components.contains(method.getSimpleName().toString())
                    && !ignored(method)) {
                return "its method " + method.getSimpleName() + " looks like a getter, which databind writes as a property";
            }
        }
        return null;
    }

    private String beanFallback(TypeElement type, List<PropertyModel> properties) {
        for (PropertyModel property : properties) {
            String javaName = JsonNames.getterProperty((ExecutableElement) property.element());
            boolean container = property.type() instanceof TypeModel.ArrayOf || property.type() instanceof TypeModel.MapOf;
            if (property.binding().setter() == null && (container || field(type, javaName) != null)) {
                return "its property " + property.jsonName() + " has no public setter (" + property.binding().accessor()
                        + " only), which databind would fill through its field";
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
            boolean visible = field.getModifiers().contains(Modifier.PUBLIC) || Annotations.has(field, Names.JSON_PROPERTY);
            boolean named = properties.stream().anyMatch(p -> p.binding().accessor() != null
                    && JsonNames.getterProperty((ExecutableElement) p.element()).equals(field.getSimpleName().toString()));
            if (visible && !field.getModifiers().contains(Modifier.STATIC) && !named && !ignored(field)) {
                return "its field " + field.getSimpleName() + " has no getter, and databind reads and writes it directly";
            }
        }
        // an ignored getter's setter is ignored with it
        Set<String> javaNames = new HashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            String javaName = method.getModifiers().contains(Modifier.PUBLIC) ? JsonNames.getterProperty(method) : null;
            if (javaName != null) {
                javaNames.add(javaName);
            }
        }
        ExecutableElement setter = Fallbacks.setterWithoutGetter(type, javaNames, elements);
        return setter == null ? null : "its setter " + setter.getSimpleName() + " has no getter";
    }

    /** Whether a codec cannot read or write values of {@code type}: arrays, databind's trees and the like. */
    private static boolean unreadable(TypeModel type) {
        if (type instanceof TypeModel.Unsupported) {
            return true;
        }
        if (type instanceof TypeModel.AnyValue any) {
            return !any.javaType().toString().equals("java.lang.Object");
        }
        if (type instanceof TypeModel.ArrayOf array) {
            return unreadable(array.item());
        }
        if (type instanceof TypeModel.MapOf map) {
            return unreadable(map.value()) || !map.javaType().typeArguments().get(0).toString().equals("java.lang.String")
                    && !(map.key() instanceof TypeModel.EnumRef);
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return unreadable(optional.value());
        }
        return type instanceof TypeModel.Context;
    }

    private static boolean ignored(Element... carriers) {
        for (Element carrier : carriers) {
            if (carrier != null && Annotations.has(carrier, Names.JSON_IGNORE)) {
                return true;
            }
        }
        return false;
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
        Map<String, String> simple = new HashMap<>();
        registered.forEach((name, element) -> {
            javax.lang.model.type.DeclaredType instance = instances.get(name);
            // pydantic's Page[Item], normalized as FastAPI's names are: Page_Item_
            simple.put(name, instance == null ? element.getSimpleName().toString()
                    : SchemaModel.normalized(SchemaModel.displayName(com.palantir.javapoet.TypeName.get(instance))));
        });
        Map<String, Integer> counts = new HashMap<>();
        simple.values().forEach(n -> counts.merge(n, 1, Integer::sum));
        Map<String, String> names = new HashMap<>();
        simple.forEach((name, shortName) -> names.put(name,
                counts.get(shortName) == 1 ? shortName : SchemaModel.normalized(name).replace('.', '_')));
        return names;
    }

    /**
     * The type of {@code member} (an accessor or getter) of {@code owner} as {@code instance} has
     * it; as declared when not generic, unless inherited from a generic superclass
     * ({@code ItemBox extends Box<Item>}: {@code getContent()} returns Item, not T).
     */
    private javax.lang.model.type.TypeMirror memberType(TypeElement owner, javax.lang.model.type.DeclaredType instance,
            ExecutableElement member, javax.lang.model.type.TypeMirror declared) {
        javax.lang.model.type.DeclaredType seenFrom = instance != null ? instance
                : member.getEnclosingElement().equals(owner) ? null : (javax.lang.model.type.DeclaredType) owner.asType();
        return seenFrom == null ? declared
                : ((javax.lang.model.type.ExecutableType) typeUtils.asMemberOf(seenFrom, member)).getReturnType();
    }

    private List<PropertyModel> properties(TypeElement element, javax.lang.model.type.DeclaredType instance) {
        Map<String, String> paramDocs = docs.params(element);
        List<PropertyModel> properties = new ArrayList<>();
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                ExecutableElement accessor = component.getAccessor();
                String javaName = component.getSimpleName().toString();
                VariableElement field = field(element, javaName);
                if (ignored(accessor, component, field)) {
                    continue;
                }
                TypeModel type = types.read(memberType(element, instance, accessor, component.asType()));
                properties.add(property(jsonNames.of(javaName, component, accessor, field), type,
                        paramDocs.getOrDefault(javaName, ""), component,
                        bindings.of(element, accessor.getSimpleName().toString(), null, type, component, accessor, field),
                        bindings.example(component, accessor, field)));
            }
            return properties;
        }
        for (ExecutableElement method : beanGetters(element)) {
            String javaName = JsonNames.getterProperty(method);
            VariableElement field = field(element, javaName);
            ExecutableElement setter = setter(element, method);
            TypeModel type = types.read(memberType(element, instance, method, method.getReturnType()));
            properties.add(property(jsonNames.of(javaName, method, field), type, docs.description(method), method,
                    bindings.of(element, method.getSimpleName().toString(),
                            setter == null ? null : setter.getSimpleName().toString(), type, method, setter, field),
                    bindings.example(method, setter, field)));
        }
        return properties;
    }

    /**
     * A bean's public getters in the order databind writes their properties: those backed by a
     * field in field order (a superclass's fields first), then the others in declaration order;
     * and then, again in that order, those renamed by {@code @JsonProperty}, which databind
     * takes out and puts back at the end when it renames them.
     */
    private List<ExecutableElement> beanGetters(TypeElement element) {
        List<ExecutableElement> getters = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            // Jackson sees public getters only
            String javaName = method.getModifiers().contains(Modifier.PUBLIC) ? JsonNames.getterProperty(method) : null;
            if (javaName != null && !ignored(method)) {
                getters.add(method);
            }
        }
        List<String> fieldOrder = fieldsSuperclassFirst(element);
        List<ExecutableElement> ordered = new ArrayList<>(getters);
        ordered.sort(java.util.Comparator.<ExecutableElement>comparingInt(getter -> renamed(element, getter) ? 1 : 0)
                .thenComparingInt(getter -> {
                    int index = fieldOrder.indexOf(JsonNames.getterProperty(getter));
                    return index < 0 ? Integer.MAX_VALUE : index;
                }));
        return ordered;
    }

    private boolean renamed(TypeElement element, ExecutableElement getter) {
        String javaName = JsonNames.getterProperty(getter);
        return !jsonNames.of(javaName, getter, field(element, javaName)).equals(javaName);
    }

    private static List<String> fieldsSuperclassFirst(TypeElement element) {
        List<String> names = new ArrayList<>();
        if (element.getSuperclass().getKind() == TypeKind.DECLARED) {
            names.addAll(fieldsSuperclassFirst((TypeElement) ((javax.lang.model.type.DeclaredType) element.getSuperclass()).asElement()));
        }
        ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
                .filter(f -> !f.getModifiers().contains(Modifier.STATIC))
                .forEach(f -> names.add(f.getSimpleName().toString()));
        return names;
    }

    /** The public one-argument setter paired with {@code getter}: {@code setName} for {@code getName} or {@code isName}. */
    private ExecutableElement setter(TypeElement element, ExecutableElement getter) {
        String name = getter.getSimpleName().toString();
        String setterName = "set" + name.substring(name.startsWith("is") ? 2 : 3);
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
            if (method.getSimpleName().contentEquals(setterName) && method.getParameters().size() == 1
                    && method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
                    && typeUtils.isSameType(method.getParameters().get(0).asType(), getter.getReturnType())) {
                return method;
            }
        }
        return null;
    }

    private static PropertyModel property(String jsonName, TypeModel type, String description, Element source,
            PropertyModel.Binding binding, String example) {
        boolean required = !(type instanceof TypeModel.OptionalOf) && !binding.nullable() && binding.defaultValue() == null;
        // a @Deprecated component or getter is a deprecated property, as pydantic's Field(deprecated=True) is
        Map<String, Object> keywords = source.getAnnotation(Deprecated.class) != null
                || source instanceof RecordComponentElement component && component.getAccessor() != null
                        && component.getAccessor().getAnnotation(Deprecated.class) != null
                ? Map.of("deprecated", true) : Map.of();
        return new PropertyModel(jsonName, type, required, description, keywords, source, binding, example);
    }

    private static VariableElement field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name)).findFirst().orElse(null);
    }
}
