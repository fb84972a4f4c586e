package dev.skiff.processor.read;

import dev.skiff.processor.model.MediaTypes;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.ResultModel.Kind;
import dev.skiff.processor.model.ResultModel.Payload;
import dev.skiff.processor.model.TypeModel;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * How a return type becomes a response: a value is JSON (200 unless declared), {@code void}
 * is 204, {@code Response<T>} sets its own status, {@code Stream<T>} is JSON Lines,
 * {@code Stream<ServerSentEvent<T>>} is server-sent events; {@code byte[]} and
 * {@code InputStream} are sent as they are, and so is a {@code String} whose declared media
 * type is not JSON.
 */
final class ResultReader {
    private final TypeReader types;

    ResultReader(TypeReader types) {
        this.types = types;
    }

    /**
     * {@code declaredStatus} is the annotation's {@code status}, or -1 when left to its default;
     * {@code produces} its media type, or empty.
     */
    ResultModel read(TypeMirror returnType, int declaredStatus, String produces) {
        if (returnType.getKind() == TypeKind.VOID) {
            return new ResultModel(Kind.EMPTY, null, declaredStatus > 0 ? declaredStatus : 204, Payload.JSON, produces);
        }
        int status = declaredStatus > 0 ? declaredStatus : 200;
        if (returnType instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            String name = qualifiedName(declared);
            TypeMirror argument = declared.getTypeArguments().get(0);
            if (name.equals(Names.RESPONSE)) {
                if (qualifiedName(argument).equals("java.lang.Void")) {
                    return new ResultModel(Kind.RESPONSE, null, status, Payload.JSON, produces);
                }
                return value(Kind.RESPONSE, argument, status, produces);
            }
            if (name.equals("java.util.stream.Stream") && qualifiedName(argument).equals(Names.SERVER_SENT_EVENT)) {
                return events((DeclaredType) argument, status, produces);
            }
            if (name.equals("java.util.stream.Stream")) {
                TypeModel element = types.read(argument);
                return writable(element) ? new ResultModel(Kind.STREAM, element, status, Payload.JSON, produces)
                        : unsupported();
            }
        }
        return value(Kind.JSON, returnType, status, produces);
    }

    /** A whole body of {@code type}: bytes, a byte stream, text, or JSON. */
    private ResultModel value(Kind kind, TypeMirror type, int status, String produces) {
        if (isByteArray(type)) {
            return new ResultModel(kind, null, status, Payload.BYTES, produces);
        }
        if (qualifiedName(type).equals("java.io.InputStream")) {
            return new ResultModel(kind, null, status, Payload.BYTE_STREAM, produces);
        }
        TypeModel body = types.read(type);
        if (!writable(body)) {
            return unsupported();
        }
        boolean text = qualifiedName(type).equals("java.lang.String") && !produces.isEmpty()
                && !MediaTypes.isJson(produces);
        return new ResultModel(kind, body, status, text ? Payload.TEXT : Payload.JSON, produces);
    }

    /** {@code Stream<ServerSentEvent<T>>}: a {@code String}'s data is text, anything else's JSON. */
    private ResultModel events(DeclaredType event, int status, String produces) {
        if (event.getTypeArguments().size() != 1) {
            return unsupported();
        }
        TypeMirror data = event.getTypeArguments().get(0);
        TypeModel body = types.read(data);
        if (!writable(body)) {
            return unsupported();
        }
        Payload payload = qualifiedName(data).equals("java.lang.String") ? Payload.TEXT : Payload.JSON;
        return new ResultModel(Kind.EVENTS, body, status, payload, produces);
    }

    private static boolean writable(TypeModel type) {
        return !(type instanceof TypeModel.Unsupported || type instanceof TypeModel.Context);
    }

    private static boolean isByteArray(TypeMirror type) {
        return type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE;
    }

    /** The qualified name of a declared type, or empty for any other. */
    private static String qualifiedName(TypeMirror type) {
        return type instanceof DeclaredType declared
                ? ((TypeElement) declared.asElement()).getQualifiedName().toString() : "";
    }

    private static ResultModel unsupported() {
        return new ResultModel(Kind.UNSUPPORTED, null, 0);
    }
}
