package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;

/** The {@code RequestContext}: nothing to convert. */
final class ContextBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = call.context();\n", param.type().javaType(), local);
    }
}
