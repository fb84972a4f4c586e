package dev.skiff.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import org.junit.jupiter.api.Test;

/** Types at the edges of what generated codecs do: each compiles, and behaves as it did with databind. */
class CodecEdgesTest {
    private static final Compilation COMPILATION = Fixtures.compile("codec_edges");
    private static final Application APP = CompiledApi.of(COMPILATION)
            .application("fixtures.codecedges", "fixtures.codecedges.EdgesApi");

    @Test
    void aConstructorThatRefusesTheValues_isPydanticsValueErrorAtTheObject_notA500() {
        Reply reply = CompiledApi.sendJson(APP, "POST", "/ranges", "{\"from\":3,\"to\":1}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).isEqualTo("{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\"],"
                + "\"msg\":\"Value error, from must not exceed to\",\"input\":{\"from\":3,\"to\":1}}]}");
    }

    @Test
    void anAliasRepeatingThePropertysName_compilesAndReadsBothNames() {
        assertThat(CompiledApi.sendJson(APP, "POST", "/orders", "{\"qty\":2}").body()).isEqualTo("{\"quantity\":2}");
        assertThat(CompiledApi.sendJson(APP, "POST", "/orders", "{\"quantity\":3}").body()).isEqualTo("{\"quantity\":3}");
    }

    @Test
    void aRepeatedProperty_countsItsLastOccurrence_asJsonLoadsDoes() {
        assertThat(CompiledApi.sendJson(APP, "POST", "/orders", "{\"quantity\":\"x\",\"qty\":2}").body())
                .isEqualTo("{\"quantity\":2}");
        Reply reply = CompiledApi.sendJson(APP, "POST", "/orders", "{\"quantity\":2,\"quantity\":\"x\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"type\":\"int_parsing\"", "\"input\":\"x\"");
    }

    @Test
    void anEnumParameter_takesTheJsonNamesTheSchemaLists() {
        assertThat(CompiledApi.dispatch(APP, dev.skiff.core.HttpRequest.builder("GET", "/shades")
                .rawQuery("shade=light").build()).status()).isEqualTo(200);
        assertThat(CompiledApi.dispatch(APP, dev.skiff.core.HttpRequest.builder("GET", "/shades")
                .rawQuery("shade=LIGHT").build()).status()).isEqualTo(422);
    }

    @Test
    void typesACodecWouldGetWrong_areLeftToDatabind_andSaidSo() {
        assertThat(COMPILATION).hadNoteContaining("EdgesApi.Span because its method isEmpty looks like a getter");
        assertThat(COMPILATION).hadNoteContaining("EdgesApi.Nick because its property nick has no public setter");
        assertThat(COMPILATION).hadNoteContaining("EdgesApi.Point because its field x has no getter");
        assertThat(CompiledApi.sendJson(APP, "POST", "/spans", "{\"length\":0}").body())
                .isEqualTo("{\"length\":0,\"empty\":true}");
        assertThat(CompiledApi.sendJson(APP, "POST", "/points", "{\"x\":1,\"y\":2}").body()).isEqualTo("{\"x\":1,\"y\":2}");
    }

    @Test
    void aSubclassValue_isWrittenAsWhatItIs() {
        Reply reply = CompiledApi.dispatch(APP, dev.skiff.core.HttpRequest.builder("GET", "/holder").build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"party\":{\"name\":\"Ada\",\"vip\":true}}");
    }

    @Test
    void aSubclassesJsonInclude_coversTheInheritedProperties() {
        assertThat(CompiledApi.dispatch(APP, dev.skiff.core.HttpRequest.builder("GET", "/guest").build()).body())
                .isEqualTo("{}");
    }

    @Test
    void aBodyOfOnlyWhitespace_isMalformedJson_asPythonSaysIt() {
        Reply reply = CompiledApi.sendJson(APP, "POST", "/orders", "   ");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).isEqualTo("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",3],"
                + "\"msg\":\"JSON decode error\",\"input\":{},\"ctx\":{\"error\":\"Expecting value\"}}]}");
    }
}
