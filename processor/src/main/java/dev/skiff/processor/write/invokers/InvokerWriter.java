package dev.skiff.processor.write.invokers;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.write.codecs.CodecTypes;
import dev.skiff.processor.model.HandlerModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.write.FrameworkTypes;
import dev.skiff.processor.write.validators.ConstantPool;
import dev.skiff.processor.write.validators.ParamValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes one handler's invokers class, a {@code dev.skiff.support.Operations} numbered by the
 * handler's routes: per operation a method that binds every parameter, collects every problem
 * (conversion, then constraints), throws one 422, calls the handler and writes its result.
 */
public final class InvokerWriter {
    private static final Set<String> RESERVED = Set.of("call", "problems", "result", "handler", "form");

    private final Map<String, String> applicationMessages;
    private final CodecTypes codecs;

    /** A writer whose constraint messages are interpolated with the application's {@code ValidationMessages} entries. */
    public InvokerWriter(ApiModel api) {
        this.applicationMessages = api.applicationMessages();
        this.codecs = new CodecTypes(api);
    }

    /** The invokers class of {@code handler}, then the annotation instances its parameter checks construct. */
    public List<JavaFile> write(HandlerModel handler) {
        InvokerFields fields = new InvokerFields(codecs);
        ParamValidation validation = new ParamValidation(handler, applicationMessages);
        List<MethodSpec> invokers = new ArrayList<>();
        for (RouteModel route : handler.routes()) {
            invokers.add(invoker(route, fields, validation));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(handler.invokersType())
                .addJavadoc("The invokers of {@link $T}'s operations, bound as routes by {@code SkiffRoutes}.\n",
                        handler.type())
                .addAnnotation(FrameworkTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(FrameworkTypes.OPERATIONS)
                .addOriginatingElement(handler.element());
        fields.addTo(type);
        type.addField(handler.type(), "handler", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(handler.type(), "handler")
                        .addStatement("this.handler = $T.requireNonNull(handler, $S)", java.util.Objects.class,
                                handler.parameterName())
                        .build())
                .addMethod(dispatch(handler))
                .addMethods(invokers);
        List<JavaFile> files = new ArrayList<>();
        files.add(JavaFile.builder(handler.invokersType().packageName(), type.build()).skipJavaLangImports(true).build());
        files.addAll(validation.annotationInstances());
        return files;
    }

    /**
     * {@code invoke(operation, call)}: one switch over the operations, numbered by their position
     * among the handler's routes, instead of a method reference per route.
     */
    private static MethodSpec dispatch(HandlerModel handler) {
        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (operation)");
        for (int operation = 0; operation < handler.routes().size(); operation++) {
            cases.add("case $L:\n", operation).indent()
                    .addStatement("return $L(call)", handler.routes().get(operation).invokerName()).unindent();
        }
        cases.add("default:\n").indent()
                .addStatement("throw new $T($S + operation)", IllegalArgumentException.class, "no operation ")
                .unindent().endControlFlow();
        return MethodSpec.methodBuilder("invoke")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "operation")
                .addParameter(FrameworkTypes.CALL, "call")
                .returns(FrameworkTypes.HTTP_RESPONSE)
                .addException(Exception.class)
                .addCode(cases.build())
                .build();
    }

    private MethodSpec invoker(RouteModel route, InvokerFields fields, ParamValidation validation) {
        CodeBlock.Builder body = CodeBlock.builder();
        List<CodeBlock> arguments = new ArrayList<>();
        boolean reads = route.canFailValidation();
        if (reads) {
            body.addStatement("$T problems = new $T()", FrameworkTypes.PROBLEMS, FrameworkTypes.PROBLEMS);
        }
        // As FastAPI solves dependencies before reading the request: a resolver's 401 beats a 422.
        for (ParamModel param : route.params()) {
            if (param.source() == ParamSource.DEPENDENCY) {
                body.add(ParamBinding.of(param.source()).bind(route, param, local(param), fields));
            }
        }
        for (ParamModel param : route.params()) {
            String local = local(param);
            if (param.source() != ParamSource.DEPENDENCY) {
                body.add(ParamBinding.of(param.source()).bind(route, param, local, fields));
            }
            if (param.constraints() != null) {
                // a body's loc is the validator's; only other parameters have a loc field
                String loc = param.source() == ParamSource.BODY ? null : fields.loc(route, param);
                body.add(validation.write(param, local, loc, sink(fields)));
            }
            arguments.add(param.isOptionalWrapper() ? CodeBlock.of("$T.ofNullable($L)", Optional.class, local)
                    : CodeBlock.of("$L", local));
        }
        if (reads) {
            body.addStatement("problems.throwIfAny()");
        }
        CodeBlock invocation = CodeBlock.of("handler.$L($L)", route.javaMethodName(), CodeBlock.join(arguments, ", "));
        writeResult(route, invocation, fields, body);
        return MethodSpec.methodBuilder(route.invokerName())
                .addJavadoc("$L $L\n", route.httpMethod(), route.template().openApiPath())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(FrameworkTypes.CALL, "call")
                .returns(FrameworkTypes.HTTP_RESPONSE)
                .addException(Exception.class)
                .addCode(body.build())
                .build();
    }

    private static String local(ParamModel param) {
        return RESERVED.contains(param.name()) ? param.name() + "_" : param.name();
    }

    private static void writeResult(RouteModel route, CodeBlock invocation, InvokerFields fields,
            CodeBlock.Builder body) {
        ResultModel result = route.result();
        switch (result.kind()) {
            case EMPTY -> body.addStatement("$L", invocation)
                    .addStatement("return $T.empty($L)", FrameworkTypes.RESULTS, result.status());
            case JSON -> writeValue(route, invocation, fields, body);
            case RESPONSE -> writeResponse(result, invocation, fields, body);
            case STREAM -> {
                if (result.declaresMediaType()) {
                    body.addStatement("return $T.jsonLines($L, $S, $L, $L)", FrameworkTypes.RESULTS, result.status(),
                            result.mediaType(), fields.codec(result.body()), invocation);
                } else {
                    body.addStatement("return $T.jsonLines($L, $L, $L)", FrameworkTypes.RESULTS, result.status(),
                            fields.codec(result.body()), invocation);
                }
            }
            case EVENTS -> {
                if (result.payload() == ResultModel.Payload.TEXT) {
                    body.addStatement("return $T.events($L, $L)", FrameworkTypes.RESULTS, result.status(), invocation);
                } else {
                    body.addStatement("return $T.events($L, $L, $L)", FrameworkTypes.RESULTS, result.status(),
                            fields.codec(result.body()), invocation);
                }
            }
            case UNSUPPORTED -> throw new IllegalArgumentException("an unsupported result is a compile error");
        }
    }

    /** A whole value: JSON (in its declared JSON type, if any), text, bytes or a byte stream. */
    private static void writeValue(RouteModel route, CodeBlock invocation, InvokerFields fields,
            CodeBlock.Builder body) {
        ResultModel result = route.result();
        switch (result.payload()) {
            case JSON -> {
                body.addStatement("$T result = $L", declared(route), invocation);
                if (result.declaresMediaType()) {
                    body.addStatement("return $T.json($L, $S, $L, result)", FrameworkTypes.RESULTS, result.status(),
                            result.mediaType(), fields.codec(result.body()));
                } else {
                    body.addStatement("return $T.json($L, $L, result)", FrameworkTypes.RESULTS, result.status(),
                            fields.codec(result.body()));
                }
            }
            case TEXT -> body.addStatement("return $T.text($L, $S, $L)", FrameworkTypes.RESULTS, result.status(),
                    result.mediaType(), invocation);
            case BYTES -> body.addStatement("return $T.bytes($L, $S, $L)", FrameworkTypes.RESULTS, result.status(),
                    result.mediaType(), invocation);
            case BYTE_STREAM -> body.addStatement("return $T.byteStream($L, $S, $L)", FrameworkTypes.RESULTS,
                    result.status(), result.mediaType(), invocation);
        }
    }

    /** A {@code Response<T>}: JSON by default, else in the operation's media type; raw bodies need no codec. */
    private static void writeResponse(ResultModel result, CodeBlock invocation, InvokerFields fields,
            CodeBlock.Builder body) {
        boolean raw = result.payload() == ResultModel.Payload.BYTES || result.payload() == ResultModel.Payload.BYTE_STREAM;
        if (!raw && result.payload() == ResultModel.Payload.JSON && !result.declaresMediaType()) {
            body.addStatement("return $T.response($L, $L)", FrameworkTypes.RESULTS, invocation,
                    fields.codec(result.body()));
        } else {
            body.addStatement("return $T.response($L, $L, $S)", FrameworkTypes.RESULTS, invocation,
                    raw ? "null" : fields.codec(result.body()), result.mediaType());
        }
    }

    private static ConstantPool.Sink sink(InvokerFields fields) {
        return new ConstantPool.Sink() {
            @Override
            public String add(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return fields.add(key, preferredName, type, initializer);
            }

            @Override
            public String addLazy(String key, String preferredName, TypeName type, CodeBlock initializer) {
                return fields.addLazy(key, preferredName, type, initializer);
            }
        };
    }

    private static TypeName declared(RouteModel route) {
        return route.result().body().javaType();
    }
}
