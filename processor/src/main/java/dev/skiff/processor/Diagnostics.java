package dev.skiff.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one way the processor reports, in every stage: on the element (and, where it helps, the
 * annotation and the attribute value, where the IDE's caret lands), messages formatted from
 * {@link DiagnosticMessages}, counting the errors.
 */
public final class Diagnostics {
    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** An error on {@code element}, message formatted from a {@link DiagnosticMessages} constant. */
    public void error(Element element, String message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, String.format(message, args), element);
    }

    /** An error on an annotation's value, where the IDE's caret should land. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message,
            Object... args) {
        errors++;
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, String.format(message, args), element);
        } else if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, String.format(message, args), element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, String.format(message, args), element, annotation, value);
        }
    }

    /** A warning on an element's annotation: the code compiles, but probably not as meant. */
    public void warning(Element element, AnnotationMirror annotation, String message, Object... args) {
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.WARNING, String.format(message, args), element);
        } else {
            messager.printMessage(Diagnostic.Kind.WARNING, String.format(message, args), element, annotation);
        }
    }

    /** A note: nothing is wrong, but the build should say what it chose (a type left to databind). */
    public void note(Element element, String message, Object... args) {
        messager.printMessage(Diagnostic.Kind.NOTE, String.format(message, args), element);
    }

    /**
     * A failure of the processor itself, with its stack trace, on the element being processed;
     * {@code element} is null only when the round has none to blame, and then the trace says where.
     */
    public void internalError(Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        error(element, DiagnosticMessages.INTERNAL_ERROR, element, trace);
    }

    /**
     * Counts an error that javac reports itself (a type that does not resolve), so nothing is
     * written, without adding a second, misleading message.
     */
    public void leaveToCompiler() {
        errors++;
    }

    /**
     * Reports on the same compiler, counting its own errors: for a part of the model that is
     * written or not on its own (a traced class), so its errors do not hold back the rest.
     */
    public Diagnostics separately() {
        return new Diagnostics(messager);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** How many errors were reported so far: a stage compares counts to tell whether its part passed. */
    public int errorCount() {
        return errors;
    }

    /** The value written for {@code member} in {@code annotation}, where the caret should land; null when left to its default. */
    public static AnnotationValue explicitValue(AnnotationMirror annotation, String member) {
        if (annotation == null) {
            return null;
        }
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
