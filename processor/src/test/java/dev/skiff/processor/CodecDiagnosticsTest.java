package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** What the codec rules say at compile time: a type left to databind is named in a note; a bad property default is an error. */
class CodecDiagnosticsTest {

    @Test
    void aTypeLeftToDatabindIsNamedInANote_andItsNeighboursStillGetCodecs() {
        Compilation compilation = Fixtures.compile("codec_fallback");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).hadNoteContaining(String.format(DiagnosticMessages.CODEC_FALLBACK,
                        "fixtures.codecfallback.ShapesApi.Shape", "it uses @JsonTypeInfo"))
                .inFile(Fixtures.source("codec_fallback", "ShapesApi.java"))
                .onLineContaining("public record Shape");
        CompiledApi compiled = CompiledApi.of(compilation);
        assertThat(compiled.generatedSources()).containsKey("/SOURCE_OUTPUT/fixtures/codecfallback/ShapesApi_DrawingCodec.java")
                .doesNotContainKey("/SOURCE_OUTPUT/fixtures/codecfallback/ShapesApi_ShapeCodec.java");
        assertThat(compiled.generatedSources().get("/SOURCE_OUTPUT/fixtures/codecfallback/ShapesApi_DrawingCodec.java"))
                .contains("DatabindCodec.of(");
    }

    @Test
    void aPropertyDefaultMustFitItsType() {
        Compilation compilation = Fixtures.compile("property_defaults");

        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_DEFAULT,
                        "ten", "count", "int", "expected an integer in the range of Integer"))
                .inFile(Fixtures.source("property_defaults", "BoxesApi.java"))
                .onLineContaining("@DefaultValue(\"ten\") int count");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.BAD_PROPERTY_DEFAULT,
                        "{}", "labels", "java.util.List<java.lang.String>", "expected a JSON array such as []"))
                .inFile(Fixtures.source("property_defaults", "BoxesApi.java"))
                .onLineContaining("@DefaultValue(\"{}\") List<String> labels");
        assertThat(compilation).hadErrorContaining(String.format(DiagnosticMessages.DEFAULT_ON_OPTIONAL_PROPERTY, "note"))
                .inFile(Fixtures.source("property_defaults", "BoxesApi.java"))
                .onLineContaining("@DefaultValue(\"none\") Optional<String> note");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void anEnumWithAJsonValueMethod_getsACodecReadingAndWritingItsValues() {
        CompiledApi compiled = CompiledApi.compile("json_value_enum");
        dev.skiff.core.Application app = compiled.application("fixtures.jsonvalueenum", "fixtures.jsonvalueenum.SizesApi");

        CompiledApi.Reply ok = CompiledApi.sendJson(app, "POST", "/shirts", "{\"colour\":\"red\",\"size\":\"l\"}");
        CompiledApi.Reply bad = CompiledApi.sendJson(app, "POST", "/shirts", "{\"colour\":\"red\",\"size\":\"LARGE\"}");

        assertThat(compiled.generatedSources()).containsKey("/SOURCE_OUTPUT/fixtures/jsonvalueenum/SizesApi_SizeCodec.java");
        assertThat(ok.body()).isEqualTo("{\"colour\":\"red\",\"size\":\"l\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"msg\":\"Input should be 's' or 'l'\"");
    }
}
