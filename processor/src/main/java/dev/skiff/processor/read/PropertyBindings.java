package dev.skiff.processor.read;

import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * How a generated codec reaches one property, from the annotations on any of its carriers (a
 * record component, its accessor and field; a bean's getter, setter and field):
 * {@code @Nullable} of any package, {@code @DefaultValue}, {@code @JsonAlias} and
 * {@code @JsonInclude} (that of the type being written, unless the property says otherwise).
 */
final class PropertyBindings {
    private final Annotations annotations;

    PropertyBindings(Elements elements) {
        this.annotations = new Annotations(elements);
    }

    /** The binding of a property of {@code owner}, the type being written (not the superclass that may declare the getter). */
    PropertyModel.Binding of(TypeElement owner, String accessor, String setter, TypeModel type, Element... carriers) {
        boolean nullable = false;
        String defaultValue = null;
        List<String> aliases = new ArrayList<>();
        PropertyModel.Include include = null;
        for (Element carrier : carriers) {
            if (carrier == null) {
                continue;
            }
            nullable |= isNullable(carrier);
            if (defaultValue == null) {
                defaultValue = Annotations.find(carrier, Names.DEFAULT_VALUE)
                        .map(mirror -> annotations.string(mirror, "value")).orElse(null);
            }
            Annotations.find(carrier, Names.JSON_ALIAS).map(mirror -> annotations.strings(mirror, "value"))
                    .ifPresent(names -> names.stream().filter(name -> !aliases.contains(name)).forEach(aliases::add));
            if (include == null) {
                include = Annotations.find(carrier, Names.JSON_INCLUDE).map(this::include).orElse(null);
            }
        }
        // a primitive is never null: absent, it is missing unless defaulted
        nullable &= !type.javaType().isPrimitive();
        // the written type's @JsonInclude, else the nearest superclass's: Jackson inherits class annotations
        for (TypeElement written = owner; include == null && written != null; written = superclass(written)) {
            include = Annotations.find(written, Names.JSON_INCLUDE).map(this::include).orElse(null);
        }
        if (include == null) {
            include = PropertyModel.Include.ALWAYS;
        }
        return new PropertyModel.Binding(accessor, setter, aliases, nullable, defaultValue, include);
    }

    /** The text of the first {@code @Example} on any of a property's carriers, or null. */
    String example(Element... carriers) {
        for (Element carrier : carriers) {
            if (carrier != null) {
                var mirror = Annotations.find(carrier, Names.EXAMPLE);
                if (mirror.isPresent()) {
                    return annotations.string(mirror.get(), "value");
                }
            }
        }
        return null;
    }

    /** Whether a {@code @Nullable} (any package) is on {@code carrier}, on its type, or on a setter's parameter. */
    /** Whether a method or its return type is {@code @Nullable} (any package, by simple name), parameters aside. */
    static boolean returnsNullable(ExecutableElement method) {
        List<AnnotationMirror> mirrors = new ArrayList<>(method.getAnnotationMirrors());
        mirrors.addAll(method.getReturnType().getAnnotationMirrors());
        return mirrors.stream().anyMatch(m -> Names.simpleName(Annotations.nameOf(m)).equals(Names.NULLABLE));
    }

    static boolean isNullable(Element carrier) {
        List<AnnotationMirror> mirrors = new ArrayList<>(carrier.getAnnotationMirrors());
        mirrors.addAll(carrier.asType().getAnnotationMirrors());
        if (carrier instanceof ExecutableElement method) {
            mirrors.addAll(method.getReturnType().getAnnotationMirrors());
            method.getParameters().forEach(p -> {
                mirrors.addAll(p.getAnnotationMirrors());
                mirrors.addAll(p.asType().getAnnotationMirrors());
            });
        }
        return mirrors.stream().anyMatch(m -> Names.simpleName(Annotations.nameOf(m)).equals(Names.NULLABLE));
    }

    private static TypeElement superclass(TypeElement type) {
        return type.getSuperclass() instanceof javax.lang.model.type.DeclaredType declared
                ? (TypeElement) declared.asElement() : null;
    }

    private PropertyModel.Include include(AnnotationMirror mirror) {
        String value = annotations.string(mirror, "value");
        return switch (value) {
            case "NON_NULL" -> PropertyModel.Include.NON_NULL;
            case "NON_ABSENT" -> PropertyModel.Include.NON_ABSENT;
            case "NON_EMPTY" -> PropertyModel.Include.NON_EMPTY;
            default -> PropertyModel.Include.ALWAYS;
        };
    }
}
