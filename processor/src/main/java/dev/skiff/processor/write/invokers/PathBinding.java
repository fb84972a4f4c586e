package dev.skiff.processor.write.invokers;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;

/** A template variable: the router captured it by position, so it is always there. */
final class PathBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = $T.required(call.pathValue($L), $L, $L, problems);\n",
                Bindings.localType(param), local, FrameworkTypes.PARAMS, param.pathIndex(),
                fields.converter(param.valueType()), fields.loc(route, param));
    }
}
