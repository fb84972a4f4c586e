package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What {@code @Traced} cannot weave is a compile error on the class or method, saying how to fix it. */
class TracedCompileErrorsTest {
    private static final String ERRORS = "traced_errors";

    private static Compilation compile(String... files) {
        return Fixtures.compile(List.of(files).stream().map(TracedCompileErrorsTest::file).toList());
    }

    private static JavaFileObject file(String name) {
        return Fixtures.source(ERRORS, name + ".java");
    }

    @Test
    void tracedMethodInFinalClass_fails() {
        Compilation compilation = compile("FinalStore");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_FINAL,
                "fixtures.traced_errors.FinalStore", "TracedFinalStore", "fixtures.traced_errors.FinalStore",
                "TracedFinalStore")).inFile(file("FinalStore")).onLineContaining("public final class FinalStore");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void privateStaticFinalMethodsAndUnpassableExceptions_fail() {
        Compilation compilation = compile("Methods");
        JavaFileObject file = file("Methods");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_METHOD_PRIVATE, "hidden",
                "TracedMethods")).inFile(file).onLineContaining("private void hidden()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_METHOD_STATIC, "shared",
                "TracedMethods")).inFile(file).onLineContaining("public static void shared()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_METHOD_FINAL, "fixed",
                "TracedMethods")).inFile(file).onLineContaining("public final void fixed()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_THROWS_NON_EXCEPTION, "unusual"))
                .inFile(file).onLineContaining("public void unusual()");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_THROWS_TYPE_VARIABLE, "generic"))
                .inFile(file).onLineContaining("void generic()");
        assertThat(compilation).hadErrorCount(5);
    }

    @Test
    void abstractClassAndMethod_fail() {
        Compilation compilation = compile("AbstractStore");
        JavaFileObject file = file("AbstractStore");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_ABSTRACT,
                "fixtures.traced_errors.AbstractStore", "TracedAbstractStore"))
                .inFile(file).onLineContaining("public abstract class AbstractStore");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_METHOD_ABSTRACT, "load"))
                .inFile(file).onLineContaining("public abstract String load()");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void interfacesAndRecords_cannotBeExtended() {
        Compilation compilation = compile("Callback", "Point");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_KIND,
                "fixtures.traced_errors.Callback", "an interface"))
                .inFile(file("Callback")).onLineContaining("public interface Callback");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_KIND,
                "fixtures.traced_errors.Point", "a record"))
                .inFile(file("Point")).onLineContaining("public record Point");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void innerAndPrivateNestedClasses_fail() {
        Compilation compilation = compile("Outer");
        JavaFileObject file = file("Outer");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_INNER,
                "fixtures.traced_errors.Outer.Inner")).inFile(file).onLineContaining("public class Inner");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_CLASS_PRIVATE,
                "fixtures.traced_errors.Outer.Hidden", "TracedOuter_Hidden"))
                .inFile(file).onLineContaining("private static class Hidden");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void classWithOnlyPrivateConstructors_fails() {
        Compilation compilation = compile("Singleton");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.TRACED_NO_CONSTRUCTOR,
                "fixtures.traced_errors.Singleton", "TracedSingleton"))
                .inFile(file("Singleton")).onLineContaining("public class Singleton");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void tracedOperationUnderItsOwnSubsegmentName_warns_otherNamesAndHelpersDoNot() {
        Compilation compilation = Fixtures.compile("traced_operation");
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(String.format(DiagnosticMessages.TRACED_OPERATION, "getItem", "## getItem"))
                .inFile(Fixtures.source("traced_operation", "ItemsApi.java")).onLineContaining("@Get(\"/items/{id}\")");
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).generatedSourceFile("fixtures.traced_operation.TracedItemsApi");
    }
}
