package dev.skiff.processor.write.binding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.ParamModel;

/** What the binding strategies share. */
final class Bindings {
    static final ClassName PARAMS = ClassName.get("dev.skiff.support", "Params");

    private Bindings() {}

    /** The local's type: the bound value's type, boxed, since a failed conversion leaves null. */
    static TypeName localType(ParamModel param) {
        TypeName type = param.valueType().javaType();
        return type.isPrimitive() ? type.box() : type;
    }
}
