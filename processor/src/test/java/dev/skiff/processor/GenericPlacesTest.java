package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.skiff.core.Application;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generic record in a package of its own, instantiated with a type argument that is not public,
 * and with two arguments that share a simple name: both compile and bind.
 */
class GenericPlacesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Compilation compilation;
    private static Application app;

    @BeforeAll
    static void compile() {
        compilation = Fixtures.compile("generic_places");
        app = CompiledApi.of(compilation).application("fixtures.generic_places.app",
                "fixtures.generic_places.app.PlacesApi");
    }

    @Test
    void anArgumentThatIsNotPublicSendsThatInstantiationToDatabindWithANote() throws Exception {
        assertThat(compilation.diagnostics()).anySatisfy(d -> {
            assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.NOTE);
            assertThat(d.getMessage(null)).contains("its type argument fixtures.generic_places.app.Item is not public");
        });
        CompiledApi.Reply reply = CompiledApi.sendJson(app, "POST", "/items", "{\"items\":[{\"name\":\"lamp\"}],\"total\":1}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree("{\"items\":[{\"name\":\"lamp\"}],\"total\":1}"));
    }

    private static CompiledApi.Reply get(String path) {
        return CompiledApi.dispatch(app, dev.skiff.core.HttpRequest.builder("GET", path).build());
    }

    @Test
    void argumentsThatShareASimpleNameGetACodecEach() throws Exception {
        assertThat(compilation.generatedFiles()).filteredOn(f -> f.getName().endsWith("Codec.java")
                && f.getName().contains("/lib/")).hasSize(2);
        assertThat(JSON.readTree(get("/a").body()))
                .isEqualTo(JSON.readTree("{\"items\":[{\"text\":\"x\"}],\"total\":1}"));
        assertThat(JSON.readTree(get("/b").body()))
                .isEqualTo(JSON.readTree("{\"items\":[{\"code\":7}],\"total\":1}"));
    }
}
