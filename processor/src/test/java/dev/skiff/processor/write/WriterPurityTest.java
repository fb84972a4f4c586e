package dev.skiff.processor.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writers are pure functions of the model: no writer source imports the annotation-processing
 * API, except the names it passes through as JavaPoet originating elements ({@code Element},
 * {@code TypeElement}), {@code Modifier} (the enum JavaPoet's builders take) and the
 * {@code Filer}; nor does one walk an Element or key a map by one.
 */
class WriterPurityTest {
    private static final Path WRITE = Path.of("src/main/java/dev/skiff/processor/write");
    private static final Set<String> ALLOWED = Set.of("javax.lang.model.element.Element",
            "javax.lang.model.element.TypeElement", "javax.lang.model.element.Modifier",
            "javax.annotation.processing.Filer");
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?((?:javax\\.lang\\.model|javax\\.annotation\\.processing)[\\w.]*(?:\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern ELEMENT_USE = Pattern.compile(
            "Map<\\w*Element\\b|\\.(getEnclosingElement|getEnclosedElements|getAnnotationMirrors|asType|getSimpleName"
                    + "|getModifiers|getElementValues|getQualifiedName)\\(");

    @Test
    void writersImportNoAnnotationProcessingApiBeyondOriginatingElements() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources = sources();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                if (!ALLOWED.contains(imports.group(1))) {
                    violations.add(WRITE.relativize(source) + " imports " + imports.group(1));
                }
            }
            Matcher uses = ELEMENT_USE.matcher(text);
            while (uses.find()) {
                violations.add(WRITE.relativize(source) + " uses " + uses.group());
            }
        }
        assertThat(sources).hasSizeGreaterThan(20);
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckCatchesAWriterThatReadsElements() {
        String impure = "package x;\nimport javax.lang.model.util.Elements;\nimport javax.lang.model.element.VariableElement;\n"
                + "class W { Map<VariableElement, String> m; }\n";
        Matcher imports = IMPORT.matcher(impure);
        List<String> found = new ArrayList<>();
        while (imports.find()) {
            found.add(imports.group(1));
        }
        assertThat(found).containsExactly("javax.lang.model.util.Elements", "javax.lang.model.element.VariableElement")
                .noneMatch(ALLOWED::contains);
        assertThat(ELEMENT_USE.matcher(impure).find()).isTrue();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(WRITE)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
