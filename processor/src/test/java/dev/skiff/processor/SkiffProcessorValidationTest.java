package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The Skiff processor proper reports constraint misuse on handler parameters and body types. */
class SkiffProcessorValidationTest {
    private static final String DIR = "fixtures/validation/api_errors/";

    @Test
    void unsupportedConstraintsOnParametersAndBodies_fail() {
        JavaFileObject api = JavaFileObjects.forResource(DIR + "OrdersApi.java");
        JavaFileObject order = JavaFileObjects.forResource(DIR + "NewOrder.java");
        Compilation compilation = javac().withProcessors(new SkiffProcessor()).withOptions("-parameters")
                .compile(api, order, JavaFileObjects.forResource(DIR + "Even.java"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("@Min names validation groups [test.api.OrdersApi.Strict]")
                .inFile(api).onLineContaining("@Min(value = 1, groups");
        assertThat(compilation).hadErrorContaining("@Size does not apply to quantity of type int")
                .inFile(order).onLineContaining("@Size(max = 3) int quantity");
        assertThat(compilation).hadErrorContaining("@NotBlank message \"${validatedValue} is blank\" uses expression language")
                .inFile(order).onLineContaining("@NotBlank(message");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void userConstraintOnAnOptionalParameterItself_failsWithTheFix() {
        JavaFileObject api = JavaFileObjects.forResource(DIR + "PagesApi.java");
        Compilation compilation = javac().withProcessors(new SkiffProcessor()).withOptions("-parameters")
                .compile(api, JavaFileObjects.forResource(DIR + "Odd.java"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.CONSTRAINT_ON_OPTIONAL_PARAMETER,
                "Odd", "page", "java.lang.Integer")).inFile(api).onLineContaining("@Odd Optional<Integer> page");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void constrainedParameterAndBody_areValidatedInTheInvoker() throws IOException {
        Compilation compilation = javac().withProcessors(new SkiffProcessor()).withOptions("-parameters").compile(
                JavaFileObjects.forResource(DIR + "Even.java"),
                JavaFileObjects.forSourceString("test.ok.ThingsApi", """
                        package test.ok;

                        import dev.skiff.api.Post;
                        import test.api.Even;
                        import jakarta.validation.constraints.Max;
                        import jakarta.validation.constraints.NotBlank;
                        import java.util.List;
                        import java.util.Optional;

                        public final class ThingsApi {
                            public record Thing(@NotBlank String name) {}

                            @Post("/things")
                            public String create(@Max(10) Optional<Integer> copies, @Even int batch, List<Thing> things) {
                                return "ok";
                            }
                        }
                        """));

        assertThat(compilation).succeeded();
        String invokers = compilation.generatedSourceFile("test.ok.ThingsApiInvokers").orElseThrow()
                .getCharContent(true).toString();
        assertThat(invokers)
                .contains("copies.longValue() <= 10L")
                .contains("problems.add(\"max\", LOC_QUERY_COPIES, \"must be less than or equal to 10\"")
                .contains("body$itemLoc[LOC_BODY.size()] = body$index")
                .contains("ThingsApi_ThingValidator.validate(body$item, List.of(body$itemLoc), problems)");
        assertThat(compilation.generatedSourceFile("test.ok.ThingsApi_ThingValidator")).isPresent();
        assertThat(invokers).contains("Validators.initialized(new Even.Check(), new ThingsApi_EvenInstance(")
                .contains(".report(problems, LOC_QUERY_BATCH, \"even\"");
        assertThat(compilation.generatedSourceFile("test.ok.ThingsApi_EvenInstance")).isPresent();
    }
}
