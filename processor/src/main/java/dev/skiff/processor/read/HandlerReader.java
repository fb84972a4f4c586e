package dev.skiff.processor.read;

import com.palantir.javapoet.ClassName;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TagModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Reads a handler class: its tag and every annotated method, in source order. */
final class HandlerReader {
    private final Annotations annotations;
    private final DocComments docs;
    private final RouteReader routes;
    private final Diagnostics diagnostics;

    HandlerReader(Annotations annotations, DocComments docs, RouteReader routes, Diagnostics diagnostics) {
        this.annotations = annotations;
        this.docs = docs;
        this.routes = routes;
        this.diagnostics = diagnostics;
    }

    HandlerModel read(TypeElement type, String parameterName) {
        TagModel tag = Annotations.find(type, Names.TAG).map(mirror -> {
            String description = annotations.string(mirror, "description");
            return new TagModel(annotations.string(mirror, "value"),
                    description.isEmpty() ? docs.description(type) : description);
        }).orElse(null);
        List<RouteModel> models = new ArrayList<>();
        Map<String, Integer> invokerNames = new HashMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            List<AnnotationMirror> mappings = mappings(method);
            if (mappings.isEmpty()) {
                continue;
            }
            if (mappings.size() > 1) {
                diagnostics.error(method, DiagnosticMessages.TWO_HTTP_METHODS, method.getSimpleName(), mappings.stream()
                        .map(m -> "@" + Names.simpleName(Annotations.nameOf(m))).collect(Collectors.joining(", ")));
            }
            String javaName = method.getSimpleName().toString();
            int seen = invokerNames.merge(javaName, 1, Integer::sum);
            String invokerName = seen == 1 ? javaName : javaName + seen;
            try {
                models.add(routes.read(method, mappings.get(0), tag, invokerName));
            } catch (RuntimeException | Error failure) {
                diagnostics.internalError(method, failure);
            }
        }
        boolean inner = type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                || type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS;
        return new HandlerModel(ClassName.get(type), parameterName, tag, isPublic(type),
                type.getModifiers().contains(Modifier.ABSTRACT) || type.getKind() != ElementKind.CLASS,
                inner, models, type);
    }

    /** Public, and so is every class it is nested in. */
    private static boolean isPublic(TypeElement type) {
        for (var e = (javax.lang.model.element.Element) type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    static List<AnnotationMirror> mappings(ExecutableElement method) {
        return method.getAnnotationMirrors().stream()
                .filter(m -> Names.HTTP_METHODS.containsKey(Annotations.nameOf(m)))
                .map(m -> (AnnotationMirror) m)
                .toList();
    }
}
