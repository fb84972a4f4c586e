package dev.skiff.processor.write.binding;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.InvokerFields;

/** The JSON body, read with the type's reader (built once); 415 and 422 come from {@code Bodies}. */
final class BodyBinding implements ParamBinding {
    private static final ClassName BODIES = ClassName.get("dev.skiff.support", "Bodies");

    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        return CodeBlock.of("$T $L = $T.read(call.request(), $L, $L, problems);\n", Bindings.localType(param), local,
                BODIES, fields.reader(param.valueType()), param.required());
    }
}
