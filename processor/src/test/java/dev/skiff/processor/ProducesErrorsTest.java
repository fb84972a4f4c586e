package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A declared media type must be one, and fit what the handler returns. */
class ProducesErrorsTest {

    @Test
    void producesMisuse_fails() {
        Compilation compilation = Fixtures.compile("produces_misuse");
        JavaFileObject file = Fixtures.source("produces_misuse", "MisuseApi.java");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.PRODUCES_MISMATCH, "item",
                "fixtures.MisuseApi.Item", "text/html")).inFile(file).onLineContaining("produces = \"text/html\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.INVALID_MEDIA_TYPE, "text", "Get"))
                .inFile(file).onLineContaining("produces = \"text\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.INVALID_MEDIA_TYPE, "text/*", "Get"))
                .inFile(file).onLineContaining("produces = \"text/*\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.PRODUCES_MISMATCH, "gone",
                "void", "text/plain")).inFile(file).onLineContaining("@Delete(value = \"/gone\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.PRODUCES_MISMATCH, "events",
                "java.util.stream.Stream<dev.skiff.api.ServerSentEvent<java.lang.String>>", "application/json"))
                .inFile(file).onLineContaining("@Get(value = \"/events\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.PRODUCES_MISMATCH, "lines",
                "java.util.stream.Stream<fixtures.MisuseApi.Item>", "text/plain"))
                .inFile(file).onLineContaining("@Get(value = \"/lines\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.PRODUCES_MISMATCH, "notEvents",
                "java.lang.String", "text/event-stream")).inFile(file).onLineContaining("@Get(value = \"/not-events\"");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.UNSUPPORTED_RESULT, "raw",
                "java.util.stream.Stream<dev.skiff.api.ServerSentEvent>")).inFile(file)
                .onLineContaining("Stream<ServerSentEvent> raw()");
        assertThat(compilation).hadErrorCount(8);
    }
}
