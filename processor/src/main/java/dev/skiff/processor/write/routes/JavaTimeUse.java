package dev.skiff.processor.write.routes;

import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.model.SchemaModel;


/**
 * Whether an application reads or writes java.time values as JSON, so that its
 * {@code SkiffRoutes} asks for Jackson's java.time support ({@code Json.requireJavaTime()}):
 * a parameter, body, result or schema property of a java.time type, or of a type only known at
 * run time ({@code Object}, {@code JsonNode}), which might hold one.
 */
final class JavaTimeUse {
    private JavaTimeUse() {}

    static boolean of(ApiModel api) {
        for (RouteModel route : api.routes()) {
            for (ParamModel param : route.params()) {
                if (mayHold(param.type())) {
                    return true;
                }
            }
            if (route.result() != null && route.result().body() != null && mayHold(route.result().body())) {
                return true;
            }
        }
        for (SchemaModel schema : api.schemas().values()) {
            if (schema instanceof SchemaModel.ObjectSchema object) {
                for (PropertyModel property : object.properties()) {
                    if (mayHold(property.type())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mayHold(TypeModel type) {
        if (type instanceof TypeModel.Scalar scalar) {
            return scalar.kind().boxed().packageName().equals("java.time");
        }
        if (type instanceof TypeModel.ArrayOf array) {
            return mayHold(array.item());
        }
        if (type instanceof TypeModel.MapOf map) {
            return mayHold(map.value());
        }
        if (type instanceof TypeModel.OptionalOf optional) {
            return mayHold(optional.value());
        }
        return type instanceof TypeModel.AnyValue;
    }
}
