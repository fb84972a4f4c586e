package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;

/**
 * A form field or file part. The operation's first one also reads the form into the local
 * {@code form}: multipart only when the operation takes a file, else urlencoded or multipart.
 * Fields convert as query parameters do; a list without a default is required, as in FastAPI.
 */
final class FormBinding implements ParamBinding {
    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (route.params().stream().filter(p -> p.source().inForm()).findFirst().orElseThrow() == param) {
            boolean files = route.params().stream().anyMatch(p -> p.source() == ParamSource.FILE);
            code.add("$T form = $T.$L(call.request());\n", FrameworkTypes.FORMS, FrameworkTypes.FORMS,
                    files ? "readMultipart" : "read");
        }
        String loc = fields.loc(route, param);
        if (param.source() == ParamSource.FILE) {
            boolean list = param.valueType() instanceof TypeModel.ArrayOf;
            return code.add("$T $L = form.$L($S, $L, $L, problems);\n", Bindings.localType(param), local,
                    list ? "files" : "file", param.wireName(), param.required(), loc).build();
        }
        if (param.valueType() instanceof TypeModel.ArrayOf array && param.defaultValue() == null) {
            Class<?> target = array.unique() ? LinkedHashSet.class : ArrayList.class;
            return code.add("$T $L = $T.all(form.fields($S, $L, $L, problems), $L, $L, problems, new $T<>());\n",
                    Bindings.localType(param), local, FrameworkTypes.PARAMS, param.wireName(), param.required(), loc,
                    fields.converter(array.item()), loc, target).build();
        }
        return code.add(TextBinding.form().bind(route, param, local, fields)).build();
    }
}
