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

/** Every message the processor reports is a constant that some test asserts by name. */
class MessageCoverageTest {
    @Test
    void everyDiagnosticMessageIsReferencedByATest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith("MessageCoverageTest.java")).toList()) {
                tests.append(Files.readString(file));
            }
        }
        List<String> untested = new ArrayList<>();
        for (Field field : DiagnosticMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !tests.toString().contains("DiagnosticMessages." + field.getName())) {
                untested.add(field.getName());
            }
        }
        assertThat(DiagnosticMessages.class.getDeclaredFields()).hasSizeGreaterThan(40);
        assertThat(untested).isEmpty();
    }
}
