package dev.skiff.processor.write.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.skiff.processor.model.ApiModel;
import dev.skiff.processor.model.ParamModel;
import dev.skiff.processor.model.ParamSource;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import dev.skiff.processor.model.TypeModel;
import dev.skiff.processor.write.FrameworkTypes;
import dev.skiff.processor.write.codecs.CodecTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Title>Client}, the typed Java client of an API that asks for one
 * ({@code @ApiInfo(javaClient = true)}): one method per operation, named by its operationId,
 * taking what the handler reads from the request (not its context or dependencies) and
 * returning what it declares. Values are read and written with the codecs the processor
 * generates ({@link CodecTypes}), each evaluated once into a constant; requests go through
 * {@code dev.skiff.client}'s {@code Transport}.
 */
public final class ClientWriter {
    private static final String CLIENT = "dev.skiff.client";
    private static final ClassName TRANSPORT = ClassName.get(CLIENT, "Transport");
    private static final ClassName CLIENT_BUILDER = ClassName.get(CLIENT, "ClientBuilder");
    private static final ClassName API_EXCEPTION = ClassName.get(CLIENT, "ApiException");
    private static final ClassName STREAM = ClassName.get("java.util.stream", "Stream");
    private static final ClassName SERVER_SENT_EVENT = ClassName.get("dev.skiff.api", "ServerSentEvent");
    private static final ClassName INPUT_STREAM = ClassName.get("java.io", "InputStream");
    private static final ClassName URI = ClassName.get("java.net", "URI");

    private final ApiModel api;
    private final CodecTypes codecs;
    /** Codec expression to constant name, in first-use order. */
    private final Map<String, FieldSpec> constants = new LinkedHashMap<>();

    public ClientWriter(ApiModel api) {
        this.api = api;
        this.codecs = new CodecTypes(api);
    }

    /** The client's class, in the API's package. */
    public static ClassName clientType(ApiModel api) {
        return ClassName.get(api.packageName(), api.info().javaClientName());
    }

    public JavaFile write() {
        ClassName self = clientType(api);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addAnnotation(FrameworkTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The typed client of $S $L: one method per operation; an answer outside 2xx throws\n"
                        + "{@link $T} ({@code ValidationException} for a 422).\n\n"
                        + "<pre>{@code\n$T client = $T.builder(URI.create($S)).build();\n}</pre>\n",
                        api.info().title(), api.info().version(), API_EXCEPTION, self, self,
                        api.info().documentedServers().get(0).url())
                .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(TRANSPORT, "transport").addStatement("this.transport = transport").build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("Configures a client of the API at {@code baseUri} (the server's root, without the operations' paths).\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(CLIENT_BUILDER, self))
                        .addParameter(URI, "baseUri")
                        .addStatement("return new $T<>(baseUri, $T::new)", CLIENT_BUILDER, self).build());
        for (RouteModel route : api.routes()) {
            if (route.template() != null && route.result() != null
                    && route.result().kind() != ResultModel.Kind.UNSUPPORTED) {
                type.addMethod(method(route));
            }
        }
        constants.values().forEach(type::addField);
        return JavaFile.builder(api.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private MethodSpec method(RouteModel route) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(route.clientMethodName())
                .addModifiers(Modifier.PUBLIC);
        String summary = route.summary() == null || route.summary().isBlank() ? route.operationId() : route.summary();
        method.addJavadoc("$L\n\n<p>{@code $L $L}\n", summary.strip().replace("*/", "*&#47;"), route.httpMethod(),
                route.template().openApiPath());
        CodeBlock.Builder call = CodeBlock.builder()
                // this.: a parameter may be named transport
                .add("this.transport.request($S, $S)", route.httpMethod(), route.template().openApiPath());
        for (ParamModel param : route.params()) {
            if (param.source() == ParamSource.CONTEXT || param.source() == ParamSource.DEPENDENCY
                    || param.source() == ParamSource.UNBINDABLE) {
                continue;
            }
            method.addParameter(param.type().javaType(), param.name());
            call.add(argument(param));
        }
        ResultModel result = route.result();
        String accept = result.mediaType();
        if (accept != null) {
            call.add("\n.accept($S)", accept);
        }
        if (result.bodiless()) {
            method.addStatement("$L\n.readNothing()", call.build());
            return method.build();
        }
        if (result.kind() == ResultModel.Kind.STREAM) {
            method.addJavadoc("\n<p>The elements are read as they arrive; close the stream to stop early.\n");
            method.returns(ParameterizedTypeName.get(STREAM, result.body().javaType().box()));
            method.addStatement("return $L\n.readLines($L)", call.build(), codec(result.body()));
            return method.build();
        }
        if (result.kind() == ResultModel.Kind.EVENTS) {
            method.addJavadoc("\n<p>The events are read as they arrive; close the stream to stop early.\n");
            method.returns(ParameterizedTypeName.get(STREAM,
                    ParameterizedTypeName.get(SERVER_SENT_EVENT, result.body().javaType().box())));
            method.addStatement("return $L\n.readEvents($L)", call.build(), codec(result.body()));
            return method.build();
        }
        switch (result.payload()) {
            case TEXT -> method.returns(String.class).addStatement("return $L\n.readText()", call.build());
            case BYTES -> method.returns(byte[].class).addStatement("return $L\n.readBytes()", call.build());
            case BYTE_STREAM -> method.returns(INPUT_STREAM)
                    .addJavadoc("\n<p>The body as it arrives; close it.\n")
                    .addStatement("return $L\n.readStream()", call.build());
            case JSON -> method.returns(result.body().javaType())
                    .addStatement("return $L\n.readJson($L)", call.build(), codec(result.body()));
        }
        return method.build();
    }

    private CodeBlock argument(ParamModel param) {
        String name = param.name();
        String wire = param.wireName();
        TypeModel value = param.valueType();
        String unwrapped = param.isOptionalWrapper() ? name + ".orElse(null)" : name;
        return switch (param.source()) {
            case BODY -> CodeBlock.of("\n.body($L, $L)", codec(value), unwrapped);
            case RAW_BODY -> rawBody(param, unwrapped);
            case FILE -> CodeBlock.of("\n.$L($S, $L)", value instanceof TypeModel.ArrayOf ? "files" : "file", wire,
                    unwrapped);
            default -> {
                String kind = switch (param.source()) {
                    case PATH -> "path";
                    case HEADER -> "header";
                    case COOKIE -> "cookie";
                    case FORM -> "form";
                    default -> "query";
                };
                if (value instanceof TypeModel.ArrayOf array) {
                    yield CodeBlock.of("\n.$LAll($S, $L, $L)", kind, wire, codec(array.item()), unwrapped);
                }
                yield CodeBlock.of("\n.$L($S, $L, $L)", kind, wire, codec(value), unwrapped);
            }
        };
    }

    /** A raw body ({@code byte[]}, {@code String} or {@code InputStream}) with its declared media type. */
    private static CodeBlock rawBody(ParamModel param, String value) {
        return CodeBlock.of("\n.raw($S, $L)", param.wireName(), value);
    }

    /** The constant holding {@code type}'s codec ({@code LIST_OF_PET_CODEC}), declared on first use. */
    private CodeBlock codec(TypeModel type) {
        CodeBlock expression = codecs.of(type);
        FieldSpec field = constants.computeIfAbsent(expression.toString(), key -> {
            String name = constantName(type.javaType().box()) + "_CODEC";
            boolean taken = constants.values().stream().anyMatch(f -> f.name().equals(name));
            return FieldSpec.builder(CodecTypes.codecOf(type), taken ? name + "_" + constants.size() : name,
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(expression).build();
        });
        return CodeBlock.of("$N", field);
    }

    /** {@code List<Pet>} gives {@code LIST_OF_PET}, {@code Map<String, Integer>} {@code MAP_OF_STRING_AND_INTEGER}. */
    private static String constantName(TypeName type) {
        if (type instanceof ParameterizedTypeName parameterized) {
            return constantName(parameterized.rawType()) + "_OF_" + String.join("_AND_",
                    parameterized.typeArguments().stream().map(ClientWriter::constantName).toList());
        }
        if (type instanceof com.palantir.javapoet.ArrayTypeName array) {
            return constantName(array.componentType()) + "_ARRAY";
        }
        String simple = type instanceof ClassName named ? named.simpleName() : type.toString();
        return simple.replaceAll("([\\p{Ll}\\p{N}])(\\p{Lu})", "$1_$2").replaceAll("[^\\p{L}\\p{N}]+", "_")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
