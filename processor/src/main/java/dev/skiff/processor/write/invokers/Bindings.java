package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ParamModel;

/** What the binding strategies share. */
final class Bindings {
    private Bindings() {}

    /** The local's type: the bound value's type, boxed, since a failed conversion leaves null. */
    static TypeName localType(ParamModel param) {
        TypeName type = param.valueType().javaType();
        return type.isPrimitive() ? type.box() : type;
    }
}
