package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void internalFailureIsAnErrorWithItsStackTrace() {
        List<String> errors = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics(new Messager() {
            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
                errors.add(kind + " " + msg);
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
                errors.add(kind + " " + msg);
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
                errors.add(kind + " " + msg);
            }

            @Override
            public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
                    AnnotationValue v) {
                errors.add(kind + " " + msg);
            }
        });
        assertThat(diagnostics.hasErrors()).isFalse();

        diagnostics.internalError(null, new IllegalStateException("schema loop"));

        assertThat(diagnostics.hasErrors()).isTrue();
        assertThat(errors).singleElement().asString()
                .startsWith("ERROR Skiff's processor failed on null; this is a bug")
                .startsWith("ERROR " + String.format(DiagnosticMessages.INTERNAL_ERROR, null, "").strip())
                .contains("java.lang.IllegalStateException: schema loop")
                .contains("at dev.skiff.processor.DiagnosticsTest.internalFailureIsAnErrorWithItsStackTrace");
    }
}
