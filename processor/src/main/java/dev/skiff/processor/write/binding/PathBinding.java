package dev.skiff.processor.write.binding;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.InvokerFields;

/** A template variable: the router captured it by position, so it is always there. */
final class PathBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = $T.required(call.pathValue($L), $L, $L, problems);\n",
                Bindings.localType(param), local, Bindings.PARAMS, param.pathIndex(),
                fields.converter(param.valueType()), fields.loc(route, param));
    }
}
