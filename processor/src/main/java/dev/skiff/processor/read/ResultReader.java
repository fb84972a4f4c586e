package dev.skiff.processor.read;

import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.ResultModel.Kind;
import dev.skiff.processor.model.TypeModel;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * How a return type becomes a response: a value is JSON (200 unless declared), {@code void}
 * is 204, {@code Response<T>} sets its own status, {@code Stream<T>} is JSON Lines.
 */
final class ResultReader {
    private final TypeReader types;

    ResultReader(TypeReader types) {
        this.types = types;
    }

    /** {@code declaredStatus} is the annotation's {@code status}, or -1 when left to its default. */
    ResultModel read(TypeMirror returnType, int declaredStatus) {
        if (returnType.getKind() == TypeKind.VOID) {
            return new ResultModel(Kind.EMPTY, null, declaredStatus > 0 ? declaredStatus : 204);
        }
        int status = declaredStatus > 0 ? declaredStatus : 200;
        if (returnType instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            TypeMirror argument = declared.getTypeArguments().get(0);
            if (name.equals(Names.RESPONSE)) {
                boolean noBody = argument instanceof DeclaredType arg
                        && ((TypeElement) arg.asElement()).getQualifiedName().contentEquals("java.lang.Void");
                TypeModel body = noBody ? null : types.read(argument);
                return body instanceof TypeModel.Unsupported || body instanceof TypeModel.Context
                        ? unsupported() : new ResultModel(Kind.RESPONSE, body, status);
            }
            if (name.equals("java.util.stream.Stream")) {
                TypeModel element = types.read(argument);
                return element instanceof TypeModel.Unsupported || element instanceof TypeModel.Context
                        ? unsupported() : new ResultModel(Kind.STREAM, element, status);
            }
        }
        TypeModel body = types.read(returnType);
        return body instanceof TypeModel.Unsupported || body instanceof TypeModel.Context
                ? unsupported() : new ResultModel(Kind.JSON, body, status);
    }

    private static ResultModel unsupported() {
        return new ResultModel(Kind.UNSUPPORTED, null, 0);
    }
}
