package dev.skiff.processor.write.codecs;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * The codec of a polymorphic type: reads through {@code TaggedUnion} (the tag found wherever it
 * is in the object, then the subtype's codec), writes each value with its subtype's codec,
 * chosen by {@code instanceof} rather than reflection. Each subtype's own codec writes the tag
 * first, as databind writes it whether the value is declared as the base type or the subtype.
 */
final class UnionCodec {
    private UnionCodec() {}

    static void addTo(TypeSpec.Builder type, SchemaModel.UnionSchema union, CodecTypes codecs) {
        TypeName codecType = ParameterizedTypeName.get(FrameworkTypes.JSON_CODEC, union.javaType());
        var taggedUnion = ParameterizedTypeName.get(FrameworkTypes.TAGGED_UNION, union.javaType());
        CodeBlock.Builder tags = CodeBlock.builder();
        CodeBlock.Builder variantCodecs = CodeBlock.builder();
        int count = 0;
        for (SchemaModel.UnionSchema.Variant variant : union.variants()) {
            // an alias (@JsonSubTypes.Type(names)) is one more name read with the same codec
            for (String tag : java.util.stream.Stream.concat(java.util.stream.Stream.of(variant.tag()),
                    variant.aliases().stream()).toList()) {
                tags.add(count == 0 ? "$S" : ", $S", tag);
                variantCodecs.add(count == 0 ? "$L" : ", $L", codecOf(variant, codecs));
                count++;
            }
        }
        type.addSuperinterface(codecType)
                .addField(FieldSpec.builder(codecType, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", union.codecName()).build())
                // after INSTANCE: a subtype's codec that holds this type (a recursive union) reads INSTANCE
                .addField(FieldSpec.builder(taggedUnion, "UNION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T<>($S, new String[] {$L}, new $T<?>[] {$L})", FrameworkTypes.TAGGED_UNION,
                                union.discriminator(), tags.build(), FrameworkTypes.JSON_CODEC, variantCodecs.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(union.javaType())
                        .addParameter(FrameworkTypes.JSON_INPUT, "in")
                        .addException(IOException.class)
                        .addStatement("return UNION.read(in)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(FrameworkTypes.JSON_GENERATOR, "out")
                        .addParameter(union.javaType(), "value")
                        .addException(IOException.class)
                        .addCode(write(union, codecs))
                        .build());
    }

    private static CodeBlock write(SchemaModel.UnionSchema union, CodecTypes codecs) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int i = 0; i < union.variants().size(); i++) {
            SchemaModel.UnionSchema.Variant variant = union.variants().get(i);
            if (i == 0) {
                code.beginControlFlow("if (value instanceof $T v)", variant.javaType());
            } else {
                code.nextControlFlow("else if (value instanceof $T v)", variant.javaType());
            }
            code.addStatement("$L.write(out, v)", codecOf(variant, codecs));
        }
        // a subtype outside the declared ones (a non-sealed hierarchy): databind writes it as it would
        return code.nextControlFlow("else")
                .addStatement("$T.write(out, value)", FrameworkTypes.JSON_VALUES)
                .endControlFlow()
                .build();
    }

    private static CodeBlock codecOf(SchemaModel.UnionSchema.Variant variant, CodecTypes codecs) {
        return codecs.of(new TypeModel.ObjectRef(variant.javaType(), variant.qualifiedName()));
    }
}
