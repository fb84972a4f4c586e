package dev.skiff.samples.items.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Per-operation options name operations through the API's generated {@code SkiffOperations}, so
 * javac, not synthesis, refuses a misspelled operation or one of another API.
 */
class OperationNamesCompileTest {

    private static final String PROLOGUE = """
            package check;
            import dev.skiff.cdk.OperationOptions;
            import dev.skiff.cdk.SkiffApiProps;
            import dev.skiff.samples.items.SkiffOperations;
            class App {
                void props() {
                    SkiffApiProps.builder(SkiffOperations.class)
            """;

    @Test
    void theSampleStacksOptionsCompile() {
        assertThat(compile(".operation(SkiffOperations.CREATE_ITEM, OperationOptions.builder().memorySize(2048).build());"))
                .isEmpty();
    }

    @Test
    void aMisspelledOperationDoesNotCompile() {
        assertThat(compile(".operation(SkiffOperations.CREATE_ITM, OperationOptions.builder().memorySize(2048).build());"))
                .anySatisfy(error -> assertThat(error).contains("cannot find symbol").contains("CREATE_ITM"));
    }

    @Test
    void anotherApisOperationDoesNotCompile() {
        assertThat(compile(".operation(Other.CREATE_ITEM, OperationOptions.builder().build()); }"
                + " enum Other implements dev.skiff.operations.ApiOperation { CREATE_ITEM;"
                + " public String operationId() { return \"createItem\"; } public String method() { return \"POST\"; }"
                + " public String path() { return \"/items\"; } public boolean streams() { return false; }"
                + " public boolean authenticated() { return true; }"))
                .anySatisfy(error -> assertThat(error).contains("incompatible types"));
    }

    /** Compiles the sample app's way of setting options with {@code call}; returns javac's errors. */
    private static List<String> compile(String call) {
        String source = PROLOGUE + "                " + call + "\n    }\n}\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///check/App.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> options;
        try {
            options = List.of("-classpath", classPath, "-proc:none", "-d",
                    Files.createTempDirectory("skiff-operation-names").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        javac.getTask(null, javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8),
                diagnostics, options, null, List.of(file)).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
