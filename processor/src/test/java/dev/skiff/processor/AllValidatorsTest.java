package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.skiff.processor.read.ApplicationMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Askiff.validators=all}: a validator for every constrained type, without an API. */
class AllValidatorsTest {
    private static final String ALL = ValidatorFixtures.ALL;
    private static final ValidatorFixtures FIXTURES = new ValidatorFixtures("fixtures/validation/");

    @Test
    void recordWithConstraints_getsStraightLineValidator() throws IOException {
        Compilation compilation = FIXTURES.compile("items/NewItem.java", "items/WordCount.java", "items/WordCountValidator.java");

        assertThat(compilation).succeededWithoutWarnings();
        String source = generated(compilation, "test.items.NewItemValidator");
        assertThat(source)
                .contains("public final class NewItemValidator")
                .contains("public static void validate(NewItem value, List<Object> loc, Problems problems)")
                .contains("if ((name == null || name.toString().isBlank()))")
                .contains("if (name != null && !(name.length() >= 0 && name.length() <= 80))")
                .contains("price.precision() - price.scale() <= 6 && price.scale() <= 2")
                .contains("problems.add(\"not_blank\", loc, \"must not be blank\", name, OnFirstViolation.CTX_")
                .contains("\"tags\", index$")
                .contains("\"stock_by_site\", entry$")
                .contains("nestedLoc$1[loc.size()] = \"supplier\"")
                .contains("NewItem_SupplierValidator.validate(supplier, List.of(nestedLoc$1), problems, clock)")
                .doesNotContain("DefaultZoneClock")
                .contains("longValue() <= 5L")
                .contains("new WordCountValidator()")
                .contains("implements WordCount")
                .doesNotContain("java.lang.reflect")
                .doesNotContain("Class.forName");
        assertThat(generated(compilation, "test.items.NewItem_SupplierValidator"))
                .contains("EmailChecks.email(email)");
    }

    @Test
    void propertiesNamedLikeTheGeneratedTemporaries_stillCompile() {
        Compilation compilation = javac().withProcessors(new SkiffProcessor()).withOptions(ALL).compile(JavaFileObjects.forSourceString(
                "test.names.Clash", """
                        package test.names;

                        import jakarta.validation.Valid;
                        import jakarta.validation.constraints.NotBlank;
                        import java.util.List;
                        import java.util.Map;

                        public record Clash(@NotBlank String element0, List<@NotBlank String> index0, int entry1,
                                            Map<String, @NotBlank String> context2, @Valid Inner nestedLoc0,
                                            @Valid List<Inner> value, String loc, String problems, String clock,
                                            @NotBlank String locValue) {
                            public record Inner(@NotBlank String element0) {}
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void tracedSubclassOfAConstrainedClass_getsNoValidatorOfItsOwn() {
        Compilation compilation = javac().withProcessors(new SkiffProcessor()).withOptions(ALL).compile(JavaFileObjects.forSourceString(
                "test.traced.Store", """
                        package test.traced;

                        import dev.skiff.api.Traced;
                        import jakarta.validation.constraints.NotBlank;

                        public class Store {
                            @NotBlank public String name;

                            @Traced
                            public String find(String key) {
                                return key;
                            }
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.traced.StoreValidator")).isPresent();
        assertThat(compilation.generatedSourceFiles()).extracting(JavaFileObject::getName)
                .anyMatch(name -> name.endsWith("TracedStore.java"))
                .noneMatch(name -> name.endsWith("TracedStoreValidator.java"));
    }

    @Test
    void applicationMessagesAreReadAtCompileTime_mostSpecificFileFirst_andUnknownKeysLeftToRunTime(@TempDir Path resources)
            throws IOException {
        Files.writeString(resources.resolve("ValidationMessages.properties"),
                "app.name=must name the {app.thing}\napp.thing=thing\njakarta.validation.constraints.NotNull.message=is required\n");
        Files.writeString(resources.resolve("ValidationMessages_en.properties"), "app.thing=widget\n");
        JavaFileObject source = JavaFileObjects.forSourceString("test.messages.Widget", """
                package test.messages;

                import jakarta.validation.constraints.NotBlank;
                import jakarta.validation.constraints.NotNull;

                public record Widget(@NotBlank(message = "{app.name}") String name, @NotNull Integer size,
                                     @NotBlank(message = "{app.missing}") String label) {}
                """);

        Compilation compilation = javac().withProcessors(new SkiffProcessor())
                .withOptions(ALL, "-A" + ApplicationMessages.OPTION + "=" + resources).compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generated(compilation, "test.messages.WidgetValidator"))
                .contains("\"must name the widget\", name,")
                .contains("\"is required\", size,")
                .contains("Messages.interpolate(\"{app.missing}\"");
    }

    @Test
    void aMessagesDirectoryThatIsNotThere_isAWarning(@TempDir Path somewhere) {
        Path missing = somewhere.resolve("src/main/resources");
        Compilation compilation = javac().withProcessors(new SkiffProcessor())
                .withOptions(ALL, "-A" + ApplicationMessages.OPTION + "=" + missing)
                .compile(JavaFileObjects.forSourceString("test.messages.Tag", """
                        package test.messages;

                        import jakarta.validation.constraints.NotBlank;

                        public record Tag(@NotBlank String name) {}
                        """));

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("-Askiff.validationMessages names " + missing
                + ", which is not a directory here; give an absolute path");
    }

    @Test
    void validationGroups_fail() {
        FIXTURES.assertError("errors/Groups.java", "@NotNull names validation groups [test.errors.Groups.Strict]", "@NotNull(groups");
    }

    @Test
    void classLevelConstraint_fails() {
        Compilation compilation = FIXTURES.compile("errors/ClassLevel.java", "errors/Ordered.java");
        assertThat(compilation).hadErrorContaining("@Ordered on class ClassLevel: class-level constraints are not supported")
                .inFile(FIXTURES.source("errors/ClassLevel.java")).onLineContaining("@Ordered");
    }

    @Test
    void constraintOnUnsupportedType_fails() {
        FIXTURES.assertError("errors/WrongType.java", "@Size does not apply to count of type int", "@Size");
        FIXTURES.assertError("errors/WrongTemporal.java", "@Past does not apply to when of type java.lang.String", "@Past");
    }

    @Test
    void expressionLanguageInMessage_fails() {
        FIXTURES.assertError("errors/Expression.java", "uses expression language ${...}", "@Min");
    }

    @Test
    void mapKeyConstraint_fails() {
        FIXTURES.assertError("errors/MapKey.java", "@NotBlank on a map key or an array element is not supported", "Map<@NotBlank");
    }

    @Test
    void arrayElementConstraint_fails() {
        FIXTURES.assertError("errors/ArrayElement.java", "@NotBlank on a map key or an array element is not supported", "List<@NotBlank String[]>");
    }

    @Test
    void privateFieldWithoutGetter_fails() {
        FIXTURES.assertError("errors/PrivateField.java", "secret is private and has no getter", "private String secret");
    }

    @Test
    void customValidatorWithoutNoArgConstructor_fails() {
        FIXTURES.assertError("errors/NoConstructor.java", "EvenCheck, the validator of @Even, needs a public no-argument constructor",
                "@NoConstructor.Even int number");
    }

    @Test
    void customConstraintWithoutValidatorForTheType_fails() {
        FIXTURES.assertError("errors/NoValidator.java", "@Short has no ConstraintValidator in validatedBy that accepts java.lang.String",
                "@NoValidator.Short String label");
    }

    @Test
    void invalidAttributes_fail() {
        FIXTURES.assertError("errors/BadRegexp.java", "@Pattern regexp \"[a-z\" is not a valid regular expression", "@Pattern");
        FIXTURES.assertError("errors/BadDecimal.java", "@DecimalMin value \"one\" is not a decimal number", "@DecimalMin");
        FIXTURES.assertError("errors/BadSize.java", "@Size({min=5, max=2}) is not a valid range", "@Size");
    }

    private static String generated(Compilation compilation, String className) throws IOException {
        JavaFileObject file = compilation.generatedSourceFile(className)
                .orElseThrow(() -> new AssertionError("no " + className + " among " + compilation.generatedSourceFiles()));
        return file.getCharContent(true).toString();
    }
}
