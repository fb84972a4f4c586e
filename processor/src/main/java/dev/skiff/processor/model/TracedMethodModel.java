package dev.skiff.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Traced} method: what the override repeats, the subsegment it records, and the
 * facts the checks need.
 *
 * @param subsegment     the annotation's value, or {@code "## " + name}
 * @param throwsTypeVariable a type variable is among the checked exceptions
 * @param throwsNonException a checked {@code Throwable} that is not an {@code Exception}
 * @param operationId    the operationId when the method is also an HTTP operation, else null
 */
public record TracedMethodModel(
        String name,
        String subsegment,
        TypeName returnType,
        SignatureModel signature,
        boolean isPrivate,
        boolean isStatic,
        boolean isFinal,
        boolean isAbstract,
        boolean throwsTypeVariable,
        boolean throwsNonException,
        String operationId,
        ExecutableElement element,
        AnnotationMirror annotation) {

    public boolean returnsVoid() {
        return returnType.equals(TypeName.VOID);
    }
}
