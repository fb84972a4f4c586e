package dev.skiff.processor.read;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Why databind must read and write a type rather than a generated codec: the Jackson
 * annotations whose meaning the codecs do not implement (custom serializers, polymorphism,
 * formats, unwrapping...), and creators other than a record's canonical constructor. Each
 * reason names the annotation or member, for the compile-time note.
 */
final class Fallbacks {
    private static final String ANNOTATION = "com.fasterxml.jackson.annotation.";
    private static final String DATABIND = "com.fasterxml.jackson.databind.annotation.";
    /** Jackson annotations a generated codec implements, or that change nothing it does. */
    private static final Set<String> UNDERSTOOD = Set.of(ANNOTATION + "JsonProperty", ANNOTATION + "JsonIgnore",
            ANNOTATION + "JsonAlias", ANNOTATION + "JsonInclude", ANNOTATION + "JsonCreator",
            ANNOTATION + "JsonPropertyDescription", ANNOTATION + "JsonClassDescription");
    private static final Set<String> INCLUDES = Set.of("ALWAYS", "NON_NULL", "NON_ABSENT", "NON_EMPTY", "USE_DEFAULTS");

    private final Annotations annotations;

    Fallbacks(Elements elements) {
        this.annotations = new Annotations(elements);
    }

    /**
     * Why generated code cannot name {@code type}: it, or a type enclosing it, is private, or it
     * is an inner (non-static) class, which only an instance of its outer class can create.
     */
    static String ofAccess(TypeElement type) {
        for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
            if (current.getModifiers().contains(Modifier.PRIVATE)) {
                return "it is private, or nested in a private type, so generated code cannot name it";
            }
            if (current.getEnclosingElement() instanceof TypeElement && current.getKind() == ElementKind.CLASS
                    && !current.getModifiers().contains(Modifier.STATIC)) {
                return "it is an inner class: make it static";
            }
        }
        return null;
    }

    /** The annotations of a polymorphic type and its subtypes, which its generated union codec implements. */
    static final Set<String> POLYMORPHISM = Set.of(Names.JSON_TYPE_INFO, Names.JSON_SUB_TYPES, Names.JSON_TYPE_NAME);

    /** Why {@code element}'s own annotations need databind, or null. */
    String ofAnnotations(Element element) {
        return ofAnnotations(element, Set.of());
    }

    /** As {@link #ofAnnotations(Element)}, {@code implemented} annotations aside. */
    String ofAnnotations(Element element, Set<String> implemented) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = Annotations.nameOf(mirror);
            boolean jackson = name.startsWith(ANNOTATION) || name.startsWith(DATABIND);
            if (jackson && !UNDERSTOOD.contains(name) && !implemented.contains(name)) {
                return "it uses @" + Names.simpleName(name) + where(element);
            }
            if (name.equals(Names.JSON_INCLUDE)) {
                String include = annotations.string(mirror, "value");
                String content = annotations.string(mirror, "content");
                boolean contentAlways = content.equals("ALWAYS") || content.equals("USE_DEFAULTS");
                if (!INCLUDES.contains(include) || !contentAlways) {
                    return "it uses @JsonInclude(" + include + ")" + where(element);
                }
            }
            if (name.equals(Names.JSON_PROPERTY) && !annotations.string(mirror, "access").equals("AUTO")) {
                return "it uses @JsonProperty(access = " + annotations.string(mirror, "access") + ")" + where(element);
            }
        }
        return null;
    }

    /** Why creating {@code type} needs databind: a {@code @JsonCreator} anywhere but on a record's canonical constructor. */
    String ofCreators(TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (!Annotations.has(member, Names.JSON_CREATOR)) {
                continue;
            }
            boolean canonical = type.getKind() == ElementKind.RECORD && member.getKind() == ElementKind.CONSTRUCTOR
                    && isCanonical(type, (ExecutableElement) member);
            if (!canonical) {
                return "it declares a @JsonCreator on " + member.getSimpleName();
            }
        }
        return null;
    }

    /** The first reason of {@code members} (nested types aside: they are types of their own), or null. */
    String ofAny(List<? extends Element> members) {
        for (Element carrier : members) {
            boolean nestedType = carrier != null && (carrier.getKind().isClass() || carrier.getKind().isInterface());
            String reason = carrier == null || nestedType ? null : ofAnnotations(carrier);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** A public one-argument {@code setX} that no getter pairs with: databind reads it, a codec would not. */
    static ExecutableElement setterWithoutGetter(TypeElement type, Set<String> properties, Elements elements) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            String name = method.getSimpleName().toString();
            if (name.startsWith("set") && name.length() > 3 && method.getParameters().size() == 1
                    && method.getModifiers().contains(Modifier.PUBLIC) && !method.getModifiers().contains(Modifier.STATIC)
                    && !properties.contains(JsonNames.decapitalize(name.substring(3)))) {
                return method;
            }
        }
        return null;
    }

    private static boolean isCanonical(TypeElement record, ExecutableElement constructor) {
        var components = record.getRecordComponents();
        if (components.size() != constructor.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!components.get(i).asType().toString().equals(constructor.getParameters().get(i).asType().toString())) {
                return false;
            }
        }
        return true;
    }

    private static String where(Element element) {
        return element instanceof TypeElement ? "" : " on " + element.getSimpleName();
    }
}
