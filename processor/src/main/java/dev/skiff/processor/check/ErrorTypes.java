package dev.skiff.processor.check;

import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Whether a type mentions one that did not resolve: javac reports those itself. */
final class ErrorTypes {
    private ErrorTypes() {}

    static boolean in(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        return type instanceof DeclaredType declared && declared.getTypeArguments().stream().anyMatch(ErrorTypes::in);
    }
}
