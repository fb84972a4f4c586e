package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.processor.CompiledApi.Reply;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated invokers for text, HTML, bytes, byte streams and server-sent events, through the real dispatcher. */
class ResponsesBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompiledApi compiled;
    private static Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("responses");
        app = compiled.application("fixtures.responses", "fixtures.responses.PagesApi");
    }

    private static Reply get(String path) {
        return CompiledApi.dispatch(app, HttpRequest.builder("GET", path).build());
    }

    @Test
    void stringWithTextMediaType_isSentAsText_withUtf8Charset() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/hello").rawQuery("name=Ada").build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().all("content-type")).containsExactly("text/plain; charset=utf-8");
        assertThat(reply.body()).isEqualTo("Hello, Ada");
    }

    @Test
    void htmlWithDeclaredCharset_keepsIt() {
        Reply reply = get("/page");
        assertThat(reply.headers().all("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(reply.body()).isEqualTo("<h1>Hi</h1>");
    }

    @Test
    void stringWithoutMediaType_staysAJsonString() {
        Reply reply = get("/json-string");
        assertThat(reply.headers().all("content-type")).containsExactly("application/json");
        assertThat(reply.body()).isEqualTo("\"quoted\"");
    }

    @Test
    void declaredJsonMediaType_isTheContentType() {
        Reply reply = get("/problem");
        assertThat(reply.headers().all("content-type")).containsExactly("application/problem+json");
        assertThat(reply.body()).isEqualTo("{\"text\":\"p\",\"n\":1}");
    }

    @Test
    void bytes_areSentAsTheyAre_asOctetStreamByDefault() {
        Reply bytes = get("/bytes");
        assertThat(bytes.headers().all("content-type")).containsExactly("application/octet-stream");
        assertThat(bytes.body().getBytes(StandardCharsets.ISO_8859_1)).isNotEmpty();
        Reply image = get("/image");
        assertThat(image.headers().all("content-type")).containsExactly("image/png");
    }

    @Test
    void inputStream_isStreamedInTheDeclaredType() {
        Reply reply = get("/download");
        assertThat(reply.headers().all("content-type")).containsExactly("text/csv");
        assertThat(reply.chunks()).isNotEmpty();
        assertThat(reply.body()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void responseText_hasExactlyOneContentType_evenWhenSetTwice() {
        Reply reply = get("/text-response");
        assertThat(reply.headers().all("content-type")).containsExactly("text/plain; charset=utf-8");
        assertThat(reply.header("x-kind")).isEqualTo("text");
        assertThat(reply.body()).isEqualTo("plain");
    }

    @Test
    void responseHtml_onAJsonOperation_isHtml() {
        Reply reply = get("/html-response");
        assertThat(reply.headers().all("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(reply.body()).isEqualTo("<p>x</p>");
    }

    @Test
    void responseWithoutContentType_takesTheDeclaredMediaType() {
        Reply reply = get("/declared-text-response");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.headers().all("content-type")).containsExactly("text/markdown; charset=utf-8");
        assertThat(reply.body()).isEqualTo("# Title");
    }

    @Test
    void responseContentTypeHeader_replacesJson() {
        Reply reply = get("/json-response");
        assertThat(reply.headers().all("content-type")).containsExactly("application/vnd.notes+json");
        assertThat(reply.body()).isEqualTo("{\"text\":\"n\",\"n\":2}");
    }

    @Test
    void responseBytesAndStream_carryTheirContentType() {
        assertThat(get("/bytes-response").headers().all("content-type")).containsExactly("application/pdf");
        Reply stream = get("/stream-response");
        assertThat(stream.headers().all("content-type")).containsExactly("application/zip");
        assertThat(stream.chunks()).hasSize(1);
    }

    @Test
    void textEvents_areOneChunkEach_inTheEventStreamFormat() {
        Reply reply = get("/events/text");
        assertThat(reply.headers().all("content-type")).containsExactly("text/event-stream");
        assertThat(reply.header("cache-control")).isEqualTo("no-cache");
        assertThat(reply.chunks()).containsExactly(
                "data: one\n\n",
                "id: 2\nevent: multi\ndata: two\ndata: lines\n\n",
                "retry: 3000\n\n");
    }

    @Test
    void jsonEvents_carryTheGeneratedCodecsJson() {
        Reply reply = get("/events/notes");
        assertThat(reply.headers().all("content-type")).containsExactly("text/event-stream");
        assertThat(reply.chunks()).containsExactly(
                "id: 1\nevent: note\ndata: {\"text\":\"a\",\"n\":1}\n\n",
                "id: 2\nevent: note\ndata: {\"text\":\"b\",\"n\":2}\n\n");
    }

    @Test
    void jsonLinesInADeclaredType() {
        Reply reply = get("/lines");
        assertThat(reply.headers().all("content-type")).containsExactly("application/x-ndjson");
        assertThat(reply.body()).isEqualTo("{\"text\":\"a\",\"n\":1}\n");
    }

    @Test
    void openApiDescribesEachMediaType() throws Exception {
        JsonNode paths = JSON.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, "fixtures/responses/openapi.json")).get("paths");
        assertThat(content(paths, "/hello")).isEqualTo(JSON.readTree("{\"text/plain\":{\"schema\":{\"type\":\"string\"}}}"));
        assertThat(content(paths, "/page").has("text/html; charset=utf-8")).isTrue();
        assertThat(content(paths, "/bytes")).isEqualTo(JSON.readTree(
                "{\"application/octet-stream\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}"));
        assertThat(content(paths, "/image").has("image/png")).isTrue();
        assertThat(content(paths, "/download").get("text/csv").get("schema").get("format").asText()).isEqualTo("binary");
        assertThat(paths.get("/download").get("get").get("x-streaming").asBoolean()).isTrue();
        assertThat(content(paths, "/events/text")).isEqualTo(JSON.readTree(
                "{\"text/event-stream\":{\"schema\":{\"type\":\"string\"}}}"));
        assertThat(paths.get("/events/notes").get("get").get("x-streaming").asBoolean()).isTrue();
        assertThat(content(paths, "/problem").get("application/problem+json").get("schema").get("$ref").asText())
                .isEqualTo("#/components/schemas/Note");
        assertThat(content(paths, "/json-string").has("application/json")).isTrue();
        assertThat(content(paths, "/lines").has("application/x-ndjson")).isTrue();
    }

    @Test
    void operationsListTheStreamedOnes() {
        String operations = compiled.generatedSources().entrySet().stream()
                .filter(e -> e.getKey().endsWith("SkiffOperations.java")).findFirst().orElseThrow().getValue();
        assertThat(operations).contains("TEXT_EVENTS(\"textEvents\", \"GET\", \"/events/text\", true, true)")
                .contains("DOWNLOAD(\"download\", \"GET\", \"/download\", true, true)")
                .contains("HELLO(\"hello\", \"GET\", \"/hello\", false, true)");
    }

    private static JsonNode content(JsonNode paths, String path) {
        return paths.get(path).get("get").get("responses").get("200").get("content");
    }
}
