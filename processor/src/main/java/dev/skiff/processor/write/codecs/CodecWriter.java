package dev.skiff.processor.write.codecs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.write.FrameworkTypes;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Type>Codec}, beside each record, bean and enum the API reads or writes, unless
 * it falls back to databind: {@code INSTANCE}, a {@code JsonCodec} in straight-line code on
 * jackson-core, with no reflection. A record or bean codec reads every property with its
 * codec, reports a missing required one with pydantic's {@code missing}, fills in defaults, and
 * constructs the value only when the object had no problem; problems are listed in property
 * order, as pydantic lists them. It writes the properties in the order databind writes them.
 */
public final class CodecWriter {
    private final CodecTypes codecs;

    public CodecWriter(ApiModel api) {
        this.codecs = new CodecTypes(api);
    }

    /** The codec of {@code schema}, which must not fall back. */
    public JavaFile write(SchemaModel schema) {
        ClassName self = schema.codecName();
        TypeName codecType = ParameterizedTypeName.get(FrameworkTypes.JSON_CODEC, schema.valueType());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(FrameworkTypes.generated())
                .addJavadoc(schema.valueType().equals(schema.javaType())
                        ? "Reads and writes {@link $T} as JSON, without reflection.\n"
                        : "Reads and writes {@link $T} as JSON, as " + SchemaModel.displayName(schema.valueType())
                                + ", without reflection.\n", schema.javaType());
        if (schema instanceof SchemaModel.EnumSchema enumSchema) {
            type.addField(FieldSpec.builder(codecType, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer(enumSchema.valueMethod() != null
                            ? CodeBlock.of("$T.enumOf($T.values(), $T::$L)", FrameworkTypes.CONTAINERS, schema.javaType(),
                                    schema.javaType(), enumSchema.valueMethod())
                            : CodeBlock.of("$T.enumOf($T.values()$L)", FrameworkTypes.CONTAINERS, schema.javaType(),
                                    names(enumSchema)))
                    .build());
            type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        } else if (schema instanceof SchemaModel.UnionSchema union) {
            UnionCodec.addTo(type, union, codecs);
        } else {
            SchemaModel.ObjectSchema object = (SchemaModel.ObjectSchema) schema;
            // first: a codec of a type that refers back to this one reads INSTANCE while this class initialises
            type.addSuperinterface(codecType)
                    .addField(FieldSpec.builder(codecType, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .initializer("new $T()", self).build());
            ObjectCodec parts = new ObjectCodec(object, codecs, object.tag() == null || object.tag().existingProperty() ? null
                    : java.util.Map.entry(object.tag().property(), object.tag().value()));
            parts.fields().forEach(type::addField);
            type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                    .addMethod(MethodSpec.methodBuilder("read")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .returns(schema.valueType())
                            .addParameter(FrameworkTypes.JSON_INPUT, "in")
                            .addException(IOException.class)
                            .addCode(parts.read())
                            .build())
                    .addMethod(MethodSpec.methodBuilder("write")
                            .addAnnotation(Override.class)
                            .addModifiers(Modifier.PUBLIC)
                            .addParameter(FrameworkTypes.JSON_GENERATOR, "out")
                            .addParameter(schema.valueType(), "value")
                            .addException(IOException.class)
                            .addCode(parts.write())
                            .build());
        }
        return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private static CodeBlock names(SchemaModel.EnumSchema schema) {
        CodeBlock.Builder names = CodeBlock.builder();
        schema.jsonNames().forEach(name -> names.add(", $S", name));
        return names.build();
    }
}
