package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.FrameworkTypes;

/** {@code @Body(mediaType = ...)}: the body as bytes, text or a stream, after {@code RawBodies}' 415 check. */
final class RawBodyBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        String reader = switch (param.type().javaType().toString()) {
            case "java.lang.String" -> "text";
            case "java.io.InputStream" -> "stream";
            default -> "bytes";
        };
        return CodeBlock.of("$T $L = $T.$L(call.request(), $S);\n", param.type().javaType(), local,
                FrameworkTypes.RAW_BODIES, reader, param.wireName());
    }
}
