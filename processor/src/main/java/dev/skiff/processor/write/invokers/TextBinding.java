package dev.skiff.processor.write.invokers;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A query, header or cookie value: one text (required, optional or defaulted), or every
 * repeated value converted into a List or Set.
 */
final class TextBinding implements ParamBinding {
    private final String single;
    private final String all;

    private TextBinding(String single, String all) {
        this.single = single;
        this.all = all;
    }

    static TextBinding query() {
        return new TextBinding("call.query($S)", "call.queryAll($S)");
    }

    static TextBinding header() {
        return new TextBinding("call.header($S)", "call.headerAll($S)");
    }

    /** A field of the form read into the local {@code form} (see {@link FormBinding}). */
    static TextBinding form() {
        return new TextBinding("form.field($S)", "form.fields($S)");
    }

    static TextBinding cookie() {
        return new TextBinding("call.cookie($S)", null);
    }

    @Override
    public CodeBlock bind(RouteModel route, ParamModel param, String local, InvokerFields fields) {
        String loc = fields.loc(route, param);
        if (param.valueType() instanceof TypeModel.ArrayOf array) {
            return collection(route, param, array, local, loc, fields);
        }
        CodeBlock text = CodeBlock.of(single, param.wireName());
        CodeBlock converter = fields.converter(param.valueType());
        if (param.defaultValue() != null) {
            return CodeBlock.of("$T $L = $T.withDefault($L, $L, $L, problems, $L);\n", Bindings.localType(param), local,
                    FrameworkTypes.PARAMS, text, converter, loc, fields.defaultValue(route, param));
        }
        return CodeBlock.of("$T $L = $T.$L($L, $L, $L, problems);\n", Bindings.localType(param), local,
                FrameworkTypes.PARAMS, param.required() ? "required" : "optional", text, converter, loc);
    }

    private CodeBlock collection(RouteModel route, ParamModel param, TypeModel.ArrayOf array, String local, String loc,
            InvokerFields fields) {
        CodeBlock texts = all != null ? CodeBlock.of(all, param.wireName())
                : CodeBlock.of("$T.ofNullable($L).toList()", java.util.stream.Stream.class,
                        CodeBlock.of(single, param.wireName()));
        if (param.defaultValue() != null) {
            String textsLocal = local + "Texts";
            CodeBlock declare = CodeBlock.of("$T<$T> $L = $L;\n", List.class, String.class, textsLocal, texts);
            texts = CodeBlock.of("$L.isEmpty() ? $T.of($S) : $L", textsLocal, List.class, param.defaultValue(),
                    textsLocal);
            return CodeBlock.builder().add(declare).add(gather(param, array, local, loc, texts, fields)).build();
        }
        return gather(param, array, local, loc, texts, fields);
    }

    private static CodeBlock gather(ParamModel param, TypeModel.ArrayOf array, String local, String loc,
            CodeBlock texts, InvokerFields fields) {
        ClassName target = ClassName.get(array.unique() ? LinkedHashSet.class : ArrayList.class);
        return CodeBlock.of("$T $L = $T.all($L, $L, $L, problems, new $T<>());\n", Bindings.localType(param), local,
                FrameworkTypes.PARAMS, texts, fields.converter(array.item()), loc, target);
    }
}
