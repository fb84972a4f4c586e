package dev.skiff.processor.write.invokers;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;

/** The JSON body, read with the type's codec; 415 and 422 come from {@code Bodies}. */
final class BodyBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = $T.read(call.request(), $L, $L, problems);\n", Bindings.localType(param), local,
                FrameworkTypes.BODIES, fields.codec(param.valueType()), param.required());
    }
}
