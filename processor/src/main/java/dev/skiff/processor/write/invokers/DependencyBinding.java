package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;

/** A dependency: the application's resolver gives it, once per request. */
final class DependencyBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = call.resolve($T.class);\n", param.type().javaType(), local, param.type().javaType());
    }
}
