package dev.skiff.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations through their mirrors, by qualified name, so no annotation class is linked. */
final class Annotations {
    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    /** The mirror of the annotation named {@code qualifiedName} on {@code element}. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The value of member {@code name}, defaults included. */
    AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    String string(AnnotationMirror mirror, String name) {
        AnnotationValue value = value(mirror, name);
        return value == null ? "" : String.valueOf(value.getValue());
    }

    int integer(AnnotationMirror mirror, String name) {
        AnnotationValue value = value(mirror, name);
        return value == null ? -1 : ((Number) value.getValue()).intValue();
    }

    List<String> strings(AnnotationMirror mirror, String name) {
        List<String> result = new ArrayList<>();
        AnnotationValue value = value(mirror, name);
        if (value != null && value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                result.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        }
        return result;
    }
}
