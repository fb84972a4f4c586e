package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the processor reports is a constant that a compile-testing test (one that runs
 * javac with the processor, {@code com.google.testing.compile}) names.
 */
class MessageCoverageTest {
    /** No source provokes a failure of the processor itself: DiagnosticsTest reports one through a stub Messager. */
    private static final List<String> NOT_FROM_SOURCE = List.of("INTERNAL_ERROR");

    @Test
    void everyDiagnosticMessageIsNamedByACompileTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith("MessageCoverageTest.java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("import com.google.testing.compile.")) {
                    tests.append(source);
                }
            }
        }
        List<String> untested = new ArrayList<>();
        for (Field field : DiagnosticMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !NOT_FROM_SOURCE.contains(field.getName())
                    && !tests.toString().contains("DiagnosticMessages." + field.getName())) {
                untested.add(field.getName());
            }
        }
        assertThat(DiagnosticMessages.class.getDeclaredFields()).hasSizeGreaterThan(40);
        assertThat(untested).isEmpty();
    }
}
