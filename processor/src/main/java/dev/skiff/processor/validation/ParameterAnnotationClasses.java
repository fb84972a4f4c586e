package dev.skiff.processor.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.skiff.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The annotation classes custom constraints on handler parameters need: one package-private
 * top-level class per handler and annotation ({@code ItemsApi_EvenInstance}), beside the
 * handler's invokers, since an invokers class takes fields but not nested classes.
 */
final class ParameterAnnotationClasses {
    private final Map<ClassName, JavaFile> files = new LinkedHashMap<>();

    ConstantPool.AnnotationClasses forRoute(RouteModel route) {
        TypeElement handler = (TypeElement) route.element().getEnclosingElement();
        ClassName handlerName = ClassName.get(handler);
        return (annotation, members) -> {
            ClassName name = ClassName.get(handlerName.packageName(), String.join("_", handlerName.simpleNames()) + "_"
                    + String.join("_", annotation.simpleNames()) + "Instance");
            files.computeIfAbsent(name, n -> JavaFile.builder(n.packageName(),
                    AnnotationInstanceWriter.write(n, annotation, members, false).toBuilder()
                            .addOriginatingElement(handler).build())
                    .skipJavaLangImports(true).build());
            return name;
        };
    }

    /** The classes written so far (call after the invokers are written). */
    List<JavaFile> files() {
        return new ArrayList<>(files.values());
    }
}
