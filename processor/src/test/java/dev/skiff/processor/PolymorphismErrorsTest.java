package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A polymorphic type the codecs and the discriminator cannot describe is a compile error on the type, saying how to fix it. */
class PolymorphismErrorsTest {
    private static final Compilation COMPILATION = Fixtures.compile("polymorphism_misuse");
    private static final JavaFileObject FILE = Fixtures.source("polymorphism_misuse", "Shapes.java");

    @Test
    void aSealedInterfaceWithoutJsonTypeInfo_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_WITHOUT_TYPE_INFO,
                "fixtures.Shapes.Untagged")).inFile(FILE).onLineContaining("sealed interface Untagged");
    }

    @Test
    void anIdOtherThanName_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_UNSUPPORTED_USE,
                "fixtures.Shapes.ByClass", "CLASS")).inFile(FILE).onLineContaining("sealed interface ByClass");
    }

    @Test
    void aWrapperInclusion_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_UNSUPPORTED_INCLUDE,
                "fixtures.Shapes.Wrapped", "WRAPPER_OBJECT")).inFile(FILE).onLineContaining("sealed interface Wrapped");
    }

    @Test
    void anOpenInterfaceWithoutJsonSubTypes_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_WITHOUT_SUBTYPES,
                "fixtures.Shapes.Open")).inFile(FILE).onLineContaining("interface Open");
    }

    @Test
    void aSubtypeThatIsNoRecordOrBean_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_SUBTYPE_NOT_OBJECT,
                "fixtures.Shapes.Flavour", "fixtures.Shapes.Flavoured"))
                .inFile(FILE).onLineContaining("sealed interface Flavoured");
    }

    @Test
    void twoSubtypesOfOneName_fail() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_DUPLICATE_TAG,
                "twin", "fixtures.Shapes.First", "fixtures.Shapes.Second", "fixtures.Shapes.Twins"))
                .inFile(FILE).onLineContaining("sealed interface Twins");
    }

    @Test
    void anExistingPropertyMissingFromASubtype_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_EXISTING_PROPERTY_MISSING,
                "fixtures.Shapes.Carried", "type", "fixtures.Shapes.Carrier"))
                .inFile(FILE).onLineContaining("sealed interface Carried");
    }

    @Test
    void aListedSubtypeThatDoesNotExtendTheBase_fails() {
        // before, the generated codec did not compile (incompatible types)
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_SUBTYPE_NOT_SUBTYPE,
                "fixtures.Shapes.Stranger", "fixtures.Shapes.Family"))
                .inFile(FILE).onLineContaining("interface Family");
    }

    @Test
    void aDefaultImpl_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_DEFAULT_IMPL,
                "fixtures.Shapes.Defaulted")).inFile(FILE).onLineContaining("sealed interface Defaulted");
    }

    @Test
    void aVisibleTypeProperty_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_VISIBLE,
                "fixtures.Shapes.Shown")).inFile(FILE).onLineContaining("sealed interface Shown");
    }

    @Test
    void requiringTheTypeIdForSubtypes_fails() {
        assertThat(COMPILATION).hadErrorContaining(String.format(DiagnosticMessages.POLYMORPHIC_REQUIRE_TYPE_ID,
                "fixtures.Shapes.Strict")).inFile(FILE).onLineContaining("sealed interface Strict");
    }

    @Test
    void eachMisuseIsOneError() {
        assertThat(COMPILATION).hadErrorCount(11);
    }

    private static final Compilation EXAMPLES = Fixtures.compile("polymorphism_examples");
    private static final JavaFileObject EXAMPLES_FILE = Fixtures.source("polymorphism_examples", "ExamplesApi.java");
    private static final String FIGURE = "fixtures.polymorphism_examples.ExamplesApi.Figure";

    @Test
    void anExampleOfAPolymorphicTypeWithoutItsTypeName_fails() {
        assertThat(EXAMPLES).hadErrorContaining(String.format(DiagnosticMessages.BAD_EXAMPLE, "{\"nope\": true}", "figure",
                FIGURE, "$.kind: the type name is required (one of circle, square)"))
                .inFile(EXAMPLES_FILE).onLineContaining("nope");
    }

    @Test
    void anExampleOfAPolymorphicTypeWithAnUnknownTypeName_fails() {
        assertThat(EXAMPLES).hadErrorContaining(String.format(DiagnosticMessages.BAD_EXAMPLE, "{\"kind\": \"oval\"}", "figure",
                FIGURE, "$.kind: expected one of circle, square")).inFile(EXAMPLES_FILE).onLineContaining("oval");
    }

    @Test
    void anExampleIsCheckedAgainstTheVariantItNames() {
        assertThat(EXAMPLES).hadErrorContaining(String.format(DiagnosticMessages.BAD_EXAMPLE,
                "{\"kind\": \"circle\", \"radius\": \"big\"}", "figure", FIGURE, "$.radius: expected a number"))
                .inFile(EXAMPLES_FILE).onLineContaining("big");
    }

    @Test
    void anEnumKeyedMapExampleWithAKeyOtherThanTheJsonNames_fails() {
        assertThat(EXAMPLES).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_EXAMPLE, "{\"RED\": 1}",
                "counts", "java.util.Map<fixtures.polymorphism_examples.ExamplesApi.Colour, java.lang.Integer>",
                "$.RED: the key is not one of red")).inFile(EXAMPLES_FILE).onLineContaining("record Palette");
    }

    @Test
    void aNestedByteArrayExampleThatIsNoBase64String_fails() {
        assertThat(EXAMPLES).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_EXAMPLE, "{\"data\": 5}",
                "blob", "fixtures.polymorphism_examples.ExamplesApi.Blob", "$.data: expected a base64 string"))
                .inFile(EXAMPLES_FILE).onLineContaining("record Holder");
    }

    @Test
    void aByteArrayExampleThatIsNoBase64_fails() {
        assertThat(EXAMPLES).hadErrorContaining("@Example(\"not base64!\") on data does not fit its type byte[]: "
                + "it is not base64").inFile(EXAMPLES_FILE).onLineContaining("record Raw");
    }

    @Test
    void eachExampleMisfitIsOneError() {
        assertThat(EXAMPLES).hadErrorCount(6);
    }
}
