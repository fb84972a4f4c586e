package dev.skiff.processor.write.codecs;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import dev.skiff.processor.model.PropertyModel;
import dev.skiff.processor.model.ScalarKind;
import dev.skiff.processor.model.SchemaModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import dev.skiff.processor.write.invokers.InvokerFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** The constants, {@code read} and {@code write} bodies of one record's or bean's codec. */
final class ObjectCodec {
    private final SchemaModel.ObjectSchema object;
    private final CodecTypes codecs;
    private final List<FieldSpec> fields = new ArrayList<>();
    private final List<String> codecFields = new ArrayList<>();
    private final List<String> nameFields = new ArrayList<>();

    /** The property and name a subtype of a polymorphic type is written with first, as databind does; or null. */
    private final java.util.Map.Entry<String, String> tag;

    ObjectCodec(SchemaModel.ObjectSchema object, CodecTypes codecs, java.util.Map.Entry<String, String> tag) {
        this.object = object;
        this.tag = tag;
        this.codecs = codecs;
        for (int i = 0; i < object.properties().size(); i++) {
            PropertyModel property = object.properties().get(i);
            String constant = constant(property, i);
            nameFields.add("NAME_" + constant);
            fields.add(FieldSpec.builder(FrameworkTypes.SERIALIZED_STRING, "NAME_" + constant,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S)", FrameworkTypes.SERIALIZED_STRING, property.jsonName()).build());
            CodeBlock codec = codecs.of(property.type());
            if (property.binding().nullable() && !(property.type() instanceof TypeModel.OptionalOf)) {
                codec = CodeBlock.of("$T.nullable($L)", FrameworkTypes.CONTAINERS, codec);
            }
            fields.add(FieldSpec.builder(CodecTypes.codecOf(property.type()), "CODEC_" + constant,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(codec).build());
            codecFields.add("CODEC_" + constant);
        }
        CodeBlock.Builder order = CodeBlock.builder().add("{");
        for (int i = 0; i < object.properties().size(); i++) {
            order.add(i == 0 ? "$S" : ", $S", object.properties().get(i).jsonName());
        }
        fields.add(FieldSpec.builder(String[].class, "PROPERTY_ORDER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(order.add("}").build()).build());
    }

    List<FieldSpec> fields() {
        return fields;
    }

    CodeBlock read() {
        List<PropertyModel> properties = object.properties();
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("if (!in.startObject())").addStatement("return null").endControlFlow();
        code.addStatement("long start = in.objectStart()");
        code.addStatement("int problems = in.problemCount()");
        for (int i = 0; i < properties.size(); i++) {
            TypeName type = CodecTypes.boxed(properties.get(i).type().javaType());
            code.addStatement("$T v$L = null", type, i).addStatement("boolean has$L = false", i);
        }
        code.beginControlFlow("for (String field = in.nextField(); field != null; field = in.nextField())")
                .beginControlFlow("switch (field)");
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < properties.size(); i++) {
            PropertyModel property = properties.get(i);
            // a name already taken (an alias repeating a name) belongs to the first property that has it
            List<String> names = new ArrayList<>();
            names.add(property.jsonName());
            names.addAll(property.binding().aliases());
            names.removeIf(name -> !labels.add(name));
            if ((object.isRecord() || property.binding().setter() != null) && !names.isEmpty()) {
                for (String name : names) {
                    code.add("case $S:\n", name);
                }
                code.indent()
                        .addStatement("v$L = in.field($S, $L, has$L, problems)", i, property.jsonName(), codecFields.get(i), i)
                        .addStatement("has$L = true", i)
                        .addStatement("break")
                        .unindent();
            }
        }
        code.add("default:\n").indent().addStatement("in.skipValue()").unindent()
                .endControlFlow().endControlFlow();
        for (int i = 0; i < properties.size(); i++) {
            PropertyModel property = properties.get(i);
            if (property.absentIsMissing() && (object.isRecord() || property.binding().setter() != null)) {
                code.beginControlFlow("if (!has$L)", i)
                        .addStatement("in.missing(start, $S)", property.jsonName()).endControlFlow();
            } else if (property.binding().defaultValue() != null) {
                code.beginControlFlow("if (!has$L)", i)
                        .addStatement("v$L = $L", i, defaultValue(property, i))
                        .addStatement("has$L = true", i).endControlFlow();
            } else if (property.type() instanceof TypeModel.OptionalOf && object.isRecord()) {
                code.beginControlFlow("if (!has$L)", i)
                        .addStatement("v$L = $T.empty()", i, Optional.class).endControlFlow();
            }
        }
        code.beginControlFlow("if (in.problemCount() > problems)")
                .addStatement("in.orderProblems(problems, PROPERTY_ORDER)")
                .addStatement("return null")
                .endControlFlow();
        // a constructor or setter that refuses the values is pydantic's value_error, as it was with databind
        return code.beginControlFlow("try")
                .add(object.isRecord() ? construct() : populate())
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("in.valueError(start, e)")
                .addStatement("return null")
                .endControlFlow()
                .build();
    }

    private CodeBlock construct() {
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < object.properties().size(); i++) {
            args.add(i == 0 ? "v$L" : ", v$L", i);
        }
        return CodeBlock.of(object.typeArguments().isEmpty() ? "return new $T($L);\n" : "return new $T<>($L);\n",
                object.javaType(), args.build());
    }

    private CodeBlock populate() {
        CodeBlock.Builder code = CodeBlock.builder().addStatement(
                object.typeArguments().isEmpty() ? "$T value = new $T()" : "$T value = new $T<>()",
                object.valueType(), object.javaType());
        for (int i = 0; i < object.properties().size(); i++) {
            PropertyModel property = object.properties().get(i);
            if (property.binding().setter() != null) {
                code.beginControlFlow("if (has$L)", i)
                        .addStatement("value.$L(v$L)", property.binding().setter(), i).endControlFlow();
            }
        }
        return code.addStatement("return value").build();
    }

    /** A scalar's or enum's default converted once; another type's default parsed from its JSON on each use. */
    private CodeBlock defaultValue(PropertyModel property, int index) {
        TypeModel type = property.type();
        String text = property.binding().defaultValue();
        if (type.isScalar()) {
            CodeBlock converter = type instanceof TypeModel.Scalar scalar
                    ? CodeBlock.of("$T.$L", FrameworkTypes.CONVERTERS, scalar.kind().converter())
                    : codecs.enumConverter((TypeModel.EnumRef) type);
            return CodeBlock.of("$L.convert($S)", converter, text);
        }
        return CodeBlock.of("$T.parseDefault($S, $L)", FrameworkTypes.CONTAINERS, text, codecFields.get(index));
    }

    CodeBlock write() {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("out.writeStartObject()");
        if (tag != null) {
            code.addStatement("out.writeStringField($S, $S)", tag.getKey(), tag.getValue());
        }
        for (int i = 0; i < object.properties().size(); i++) {
            PropertyModel property = object.properties().get(i);
            TypeName javaType = property.type().javaType();
            String accessor = "value." + property.binding().accessor() + "()";
            String guard = guard(property, "v" + i);
            if (javaType.isPrimitive()) {
                code.addStatement("out.writeFieldName($L)", nameFields.get(i)).add(primitive(property, accessor));
            } else if (guard == null) {
                // one call a property: less generated code for javac to compile
                code.addStatement("$T.writeField(out, $L, $L, $L)", FrameworkTypes.CONTAINERS, nameFields.get(i),
                        codecFields.get(i), accessor);
            } else {
                code.addStatement("$T v$L = $L", javaType, i, accessor)
                        .beginControlFlow("if ($L)", guard)
                        .addStatement("$T.writeField(out, $L, $L, v$L)", FrameworkTypes.CONTAINERS, nameFields.get(i),
                                codecFields.get(i), i)
                        .endControlFlow();
            }
        }
        return code.addStatement("out.writeEndObject()").build();
    }

    /** When {@code @JsonInclude} leaves the property out, negated: null when it is always written. */
    private static String guard(PropertyModel property, String local) {
        if (property.type().javaType().isPrimitive()) {
            return null;
        }
        return switch (property.binding().include()) {
            case ALWAYS -> null;
            case NON_NULL -> local + " != null";
            case NON_ABSENT -> property.type() instanceof TypeModel.OptionalOf
                    ? local + " != null && " + local + ".isPresent()" : local + " != null";
            case NON_EMPTY -> local + " != null && " + notEmpty(property.type(), local);
        };
    }

    private static String notEmpty(TypeModel type, String local) {
        if (type instanceof TypeModel.OptionalOf) {
            return local + ".isPresent()";
        }
        if (type instanceof TypeModel.Base64Bytes) {
            return local + ".length > 0";
        }
        if (type instanceof TypeModel.ArrayOf || type instanceof TypeModel.MapOf
                || type instanceof TypeModel.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            return "!" + local + ".isEmpty()";
        }
        return "true";
    }

    private static CodeBlock primitive(PropertyModel property, String local) {
        ScalarKind kind = ((TypeModel.Scalar) property.type()).kind();
        return switch (kind) {
            case BOOLEAN -> CodeBlock.of("out.writeBoolean($L);\n", local);
            case CHAR -> CodeBlock.of("out.writeString($T.valueOf($L));\n", String.class, local);
            case SHORT, BYTE -> CodeBlock.of("out.writeNumber((int) $L);\n", local);
            default -> CodeBlock.of("out.writeNumber($L);\n", local);
        };
    }

    /** A constant-friendly name for a property: {@code unitPrice} → {@code UNIT_PRICE_1}, made unique by its index. */
    private static String constant(PropertyModel property, int index) {
        return InvokerFields.constant(property.jsonName()) + "_" + index;
    }
}
