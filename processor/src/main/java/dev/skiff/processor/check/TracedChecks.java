package dev.skiff.processor.check;

import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.model.TracedClassModel;
import dev.skiff.processor.model.TracedMethodModel;


/**
 * The rules for weaving {@code @Traced} into a generated subclass: the class can be extended
 * from beside it and constructed, and every method can be overridden and its exceptions
 * passed through unchanged. Class rules are reported on the class, method rules on the method.
 */
final class TracedChecks {
    private final Diagnostics diagnostics;

    TracedChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(TracedClassModel model) {
        checkClass(model);
        for (TracedMethodModel method : model.methods()) {
            checkMethod(model, method);
        }
    }

    private void checkClass(TracedClassModel model) {
        String name = model.type().canonicalName();
        String traced = model.tracedType().simpleName();
        if (!model.kind().equals("class")) {
            String article = "aeiou".indexOf(model.kind().charAt(0)) >= 0 ? "an " : "a ";
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_CLASS_KIND, name, article + model.kind());
            return;
        }
        if (model.isInnerClass()) {
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_CLASS_INNER, name);
            return;
        }
        if (model.isFinal()) {
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_CLASS_FINAL, name, traced, name, traced);
        }
        if (model.isPrivate()) {
            // a private class's implicit constructor is private too: one error says it all
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_CLASS_PRIVATE, name, traced);
            return;
        }
        if (model.isAbstract()) {
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_CLASS_ABSTRACT, name, traced);
        }
        if (model.constructors().isEmpty()) {
            diagnostics.error(model.element(), DiagnosticMessages.TRACED_NO_CONSTRUCTOR, name, traced);
        }
    }

    private void checkMethod(TracedClassModel model, TracedMethodModel method) {
        String traced = model.tracedType().simpleName();
        if (method.isPrivate()) {
            error(method, DiagnosticMessages.TRACED_METHOD_PRIVATE, method.name(), traced);
        }
        if (method.isStatic()) {
            error(method, DiagnosticMessages.TRACED_METHOD_STATIC, method.name(), traced);
        }
        if (method.isFinal()) {
            error(method, DiagnosticMessages.TRACED_METHOD_FINAL, method.name(), traced);
        }
        if (method.isAbstract() && model.kind().equals("class")) {
            error(method, DiagnosticMessages.TRACED_METHOD_ABSTRACT, method.name());
        }
        if (method.throwsNonException()) {
            error(method, DiagnosticMessages.TRACED_THROWS_NON_EXCEPTION, method.name());
        }
        if (method.throwsTypeVariable()) {
            error(method, DiagnosticMessages.TRACED_THROWS_TYPE_VARIABLE, method.name());
        }
        if (method.operationId() != null && method.subsegment().equals("## " + method.operationId())) {
            diagnostics.warning(method.element(), method.annotation(), DiagnosticMessages.TRACED_OPERATION, method.name(),
                    method.subsegment());
        }
    }

    private void error(TracedMethodModel method, String message, Object... args) {
        diagnostics.error(method.element(), method.annotation(), null, message, args);
    }
}
