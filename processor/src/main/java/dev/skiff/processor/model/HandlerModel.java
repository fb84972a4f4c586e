package dev.skiff.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with at least one operation. {@code parameterName} names it in
 * {@code SkiffRoutes.create(...)}; {@code tag} is its {@code @Tag}, or null.
 */
public record HandlerModel(
        ClassName type,
        String parameterName,
        TagModel tag,
        boolean isPublic,
        boolean isAbstract,
        boolean isInnerClass,
        List<RouteModel> routes,
        TypeElement element) {
    public HandlerModel {
        routes = List.copyOf(routes);
    }

    /** The generated class holding this handler's invokers, beside the handler. */
    public ClassName invokersType() {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Invokers");
    }

    /**
     * The generated class implementing a user's constraint annotation for this handler's
     * parameters ({@code ItemsApi_EvenInstance}): top-level beside the invokers, since an
     * invokers class takes fields but not nested classes.
     */
    public ClassName annotationInstanceType(ClassName annotation) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "_"
                + String.join("_", annotation.simpleNames()) + "Instance");
    }

    /** A copy with {@code routes} instead. */
    public HandlerModel withRoutes(List<RouteModel> routes) {
        return new HandlerModel(type, parameterName, tag, isPublic, isAbstract, isInnerClass, routes, element);
    }
}
