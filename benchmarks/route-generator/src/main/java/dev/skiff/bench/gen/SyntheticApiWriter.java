package dev.skiff.bench.gen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link SyntheticApi} as plain Skiff application source: handler classes, body
 * records and {@code SyntheticApp}, which builds the {@code Application} through the
 * generated {@code SkiffRoutes} and lists one request per operation for the benchmarks.
 */
public final class SyntheticApiWriter {
    private static final String API = "dev.skiff.api";
    private static final ClassName APPLICATION = ClassName.get("dev.skiff.core", "Application");
    private static final ClassName NOT_BLANK = ClassName.get("jakarta.validation.constraints", "NotBlank");
    private static final ClassName MIN = ClassName.get("jakarta.validation.constraints", "Min");
    private static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
    private static final TypeName STRINGS = ArrayTypeName.of(String.class);

    private final SyntheticApi api;

    public SyntheticApiWriter(SyntheticApi api) {
        this.api = api;
    }

    /** Writes every file under {@code sourceRoot}; returns how many. */
    public int writeTo(Path sourceRoot) throws IOException {
        List<JavaFile> files = files();
        for (JavaFile file : files) {
            file.writeTo(sourceRoot);
        }
        return files.size();
    }

    List<JavaFile> files() {
        List<JavaFile> files = new ArrayList<>();
        for (int number = 0; number < api.classCount(); number++) {
            files.add(file(handlerClass(number)));
        }
        if (api.withBodies()) {
            api.operations().stream()
                    .filter(op -> op.kind() == OperationKind.CREATE)
                    .forEach(op -> files.add(file(bodyRecord(op.resource()))));
        }
        files.add(file(appClass()));
        return files;
    }

    private JavaFile file(TypeSpec type) {
        return JavaFile.builder(api.packageName(), type).skipJavaLangImports(true).build();
    }

    private TypeSpec handlerClass(int number) {
        TypeSpec.Builder type = TypeSpec.classBuilder(SyntheticApi.handlerClassName(number))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Synthetic handlers, group $L.\n", number)
                .addAnnotation(AnnotationSpec.builder(ClassName.get(API, "Tag")).addMember("value", "$S", "group" + number).build())
                // a sink the JIT cannot prove dead, so handler calls are not optimised away
                .addField(FieldSpec.builder(long.class, "sink", Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("sink")
                        .addJavadoc("What the handlers have seen so far.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addStatement("return sink")
                        .build());
        for (SyntheticOperation op : api.classOperations(number)) {
            type.addMethod(handlerMethod(op));
        }
        return type.build();
    }

    private MethodSpec handlerMethod(SyntheticOperation op) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(op.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(ClassName.get(API, op.kind() == OperationKind.CREATE ? "Post" : "Get"))
                        .addMember("value", "$S", op.template())
                        .build());
        switch (op.kind()) {
            case LIST -> method.addJavadoc("Lists resource $L.\n", op.resource())
                    .addParameter(ParameterizedTypeName.get(Optional.class, Integer.class), "limit")
                    .addStatement("sink += limit.orElse(0)");
            case GET_ONE -> method.addJavadoc("Fetches one of resource $L.\n", op.resource())
                    .addParameter(long.class, "id")
                    .addStatement("sink += id");
            case GET_PART -> method.addJavadoc("Fetches a part of one of resource $L.\n", op.resource())
                    .addParameter(long.class, "id")
                    .addParameter(String.class, "part")
                    .addStatement("sink += id + part.length()");
            case CREATE -> method.addJavadoc("Creates one of resource $L.\n", op.resource())
                    .addParameter(ParameterSpec.builder(ClassName.get(api.packageName(), SyntheticApi.bodyRecordName(op.resource())), "body")
                            .addAnnotation(VALID)
                            .build())
                    .addStatement("sink += body.quantity()");
        }
        return method.build();
    }

    private TypeSpec bodyRecord(int resource) {
        MethodSpec components = MethodSpec.constructorBuilder()
                .addParameter(ParameterSpec.builder(String.class, "name").addAnnotation(NOT_BLANK).build())
                .addParameter(ParameterSpec.builder(int.class, "quantity")
                        .addAnnotation(AnnotationSpec.builder(MIN).addMember("value", "1").build())
                        .build())
                .build();
        return TypeSpec.recordBuilder(SyntheticApi.bodyRecordName(resource))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A new one of resource $L.\n", resource)
                .recordConstructor(components)
                .build();
    }

    private TypeSpec appClass() {
        ClassName skiffRoutes = ClassName.get(api.packageName(), "SkiffRoutes");
        CodeBlock.Builder handlers = CodeBlock.builder();
        for (int number = 0; number < api.classCount(); number++) {
            handlers.add(number == 0 ? "$L" : ", $L",
                    CodeBlock.of("new $T()", ClassName.get(api.packageName(), SyntheticApi.handlerClassName(number))));
        }
        return TypeSpec.classBuilder("SyntheticApp")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The synthetic API of $L operations, and one request per operation.\n", api.operations().size())
                .addField(stringArray("METHODS", api.operations().stream().map(op -> op.kind().method()).toList()))
                .addField(stringArray("PATHS", api.operations().stream().map(SyntheticOperation::samplePath).toList()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(APPLICATION)
                        .addStatement("return $T.create($L)", skiffRoutes, handlers.build())
                        .build())
                .build();
    }

    private static FieldSpec stringArray(String name, List<String> values) {
        CodeBlock.Builder init = CodeBlock.builder().add("{\n").indent();
        for (String value : values) {
            init.add("$S,\n", value);
        }
        init.unindent().add("}");
        return FieldSpec.builder(STRINGS, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Per operation, in order.\n")
                .initializer(init.build())
                .build();
    }
}
