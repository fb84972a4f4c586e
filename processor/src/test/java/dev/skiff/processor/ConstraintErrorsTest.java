package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.skiff.processor.read.ApplicationMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every constraint Skiff cannot check as Hibernate Validator would is a compile error on the
 * constraint (the caret on the offending attribute where there is one), each message by its
 * constant; and the option warnings about the application's ValidationMessages.
 */
class ConstraintErrorsTest {
    private static final String ALL = ValidatorFixtures.ALL;
    private static final ValidatorFixtures FIXTURES = new ValidatorFixtures("fixtures/validation/errors/");

    @Test
    void groups_expression_wrongType_mapKey_fail() {
        FIXTURES.assertError("Groups.java", String.format(DiagnosticMessages.CONSTRAINT_GROUPS, "NotNull",
                List.of("test.errors.Groups.Strict")), "@NotNull(groups");
        FIXTURES.assertError("Expression.java", String.format(DiagnosticMessages.CONSTRAINT_EXPRESSION_MESSAGE, "Min",
                "${validatedValue} is too small"), "message = \"${validatedValue}");
        FIXTURES.assertError("WrongType.java", String.format(DiagnosticMessages.CONSTRAINT_WRONG_TYPE, "Size", "count", "int",
                "a String, collection, map or array"), "@Size(max = 3) int count");
        FIXTURES.assertError("MapKey.java", String.format(DiagnosticMessages.CONSTRAINT_MAP_KEY, "NotBlank"), "Map<@NotBlank");
    }

    @Test
    void validIntoATypeArgumentNotKnownThere_failsOnTheProperty() {
        Compilation compilation = FIXTURES.compile("CascadeUnknown.java");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CONSTRAINT_CASCADE_UNKNOWN_TYPE, "some",
                "test.errors.CascadeUnknown.Wrapper<?>", "test.errors.CascadeUnknown.Wrapper<?>"))
                .inFile(FIXTURES.source("CascadeUnknown.java")).onLineContaining("@Valid Wrapper<?> some");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CONSTRAINT_CASCADE_UNKNOWN_TYPE, "raw",
                "java.util.List<test.errors.CascadeUnknown.Wrapper>", "test.errors.CascadeUnknown.Wrapper<?>"))
                .inFile(FIXTURES.source("CascadeUnknown.java")).onLineContaining("@Valid List<Wrapper> raw");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void classLevel_unreadable_fail() {
        Compilation compilation = FIXTURES.compile("ClassLevel.java", "Ordered.java");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CONSTRAINT_CLASS_LEVEL, "Ordered",
                "ClassLevel")).inFile(FIXTURES.source("ClassLevel.java")).onLineContaining("@Ordered");
        FIXTURES.assertError("PrivateField.java", String.format(DiagnosticMessages.CONSTRAINT_UNREADABLE, "secret"),
                "private String secret");
    }

    @Test
    void customConstraintMisuse_fails() {
        FIXTURES.assertError("NoValidator.java", String.format(DiagnosticMessages.CONSTRAINT_NO_VALIDATOR, "Short",
                "java.lang.String"), "@NoValidator.Short String label");
        FIXTURES.assertError("NoConstructor.java", String.format(DiagnosticMessages.CONSTRAINT_NO_CONSTRUCTOR, "EvenCheck", "Even"),
                "@NoConstructor.Even int number");
        FIXTURES.assertError("NestedAnnotation.java", String.format(DiagnosticMessages.CONSTRAINT_NESTED_ANNOTATION, "Tagged",
                "marker"), "@NestedAnnotation.Tagged(marker");
    }

    @Test
    void invalidAttributes_failWithTheCaretOnTheAttribute() {
        FIXTURES.assertError("BadRegexp.java", String.format(DiagnosticMessages.CONSTRAINT_BAD_REGEXP, "Pattern", "[a-z",
                "Unclosed character class"), "regexp = \"[a-z\"");
        FIXTURES.assertError("BadDecimal.java", String.format(DiagnosticMessages.CONSTRAINT_BAD_DECIMAL, "DecimalMin", "one"),
                "@DecimalMin");
        Map<String, Object> range = new java.util.LinkedHashMap<>();
        range.put("min", 5);
        range.put("max", 2);
        FIXTURES.assertError("BadSize.java", String.format(DiagnosticMessages.CONSTRAINT_BAD_RANGE, "Size", range), "@Size");
    }

    @Test
    void defaultValueOnABody_fails() {
        Compilation compilation = Fixtures.compile("default_value_on_body");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEFAULT_VALUE_NOT_ALLOWED, "note"))
                .inFile(Fixtures.source("default_value_on_body", "NotesApi.java"))
                .onLineContaining("@DefaultValue(\"x\") Note note");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void messagesDirectoryThatIsNotThere_orAFileThatDoesNotParse_isAWarning(@TempDir Path resources) throws IOException {
        Path missing = resources.resolve("absent");
        JavaFileObject tag = tag();
        Compilation absent = javac().withProcessors(new SkiffProcessor())
                .withOptions(ALL, "-A" + ApplicationMessages.OPTION + "=" + missing).compile(tag);
        assertThat(absent).succeeded();
        assertThat(absent).hadWarningContaining(String.format(DiagnosticMessages.MISSING_MESSAGES_DIRECTORY,
                ApplicationMessages.OPTION, missing)).inFile(tag).onLineContaining("public record Tag");

        Files.writeString(resources.resolve("ValidationMessages.properties"), "app.name=broken \\uZZZZ\n");
        Compilation malformed = javac().withProcessors(new SkiffProcessor())
                .withOptions(ALL, "-A" + ApplicationMessages.OPTION + "=" + resources).compile(tag());
        assertThat(malformed).succeeded();
        String unreadable = DiagnosticMessages.UNREADABLE_MESSAGES;
        assertThat(malformed).hadWarningContaining(unreadable.substring(0, unreadable.indexOf("%s")));
        assertThat(malformed).hadWarningContaining(String.format(unreadable, "Malformed \\uxxxx encoding."));
    }

    private static JavaFileObject tag() {
        return JavaFileObjects.forSourceString("test.messages.Tag", """
                package test.messages;

                import jakarta.validation.constraints.NotBlank;

                public record Tag(@NotBlank String name) {}
                """);
    }

    @Test
    void badRegexp_caretLandsOnTheAttributeValue() {
        String line = "public record BadRegexp(@Pattern(regexp = \"[a-z\") String code) {}";
        Compilation compilation = FIXTURES.compile("BadRegexp.java");

        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CONSTRAINT_BAD_REGEXP, "Pattern",
                "[a-z", "Unclosed character class")).inFile(FIXTURES.source("BadRegexp.java")).onLine(5)
                .atColumn(line.indexOf("\"[a-z\"") + 1);
    }
}
