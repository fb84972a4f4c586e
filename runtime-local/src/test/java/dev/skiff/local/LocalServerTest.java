package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter over real HTTP: what reaches the handler, and the error table. */
class LocalServerTest {
    private static LocalServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(new TestApplication().application()).port(0).maxBodyBytes(1024).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void encodedSlash_staysInsideItsSegment() throws Exception {
        HttpResponse<String> response = http.get("/echo/a%2Fb%20c");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("value").asText()).isEqualTo("a/b c");
        assertThat(json(response).get("rawPath").asText()).isEqualTo("/echo/a%2Fb%20c");
    }

    @Test
    void utf8PathSegment_isDecoded() throws Exception {
        assertThat(json(http.get("/echo/caf%C3%A9")).get("value").asText()).isEqualTo("café");
    }

    @Test
    void malformedEscape_isRejectedByTheHttpParserAs400NotAFailure() throws Exception {
        // RFC 3986 allows % only before two hex digits: Undertow refuses such a request target itself.
        assertThat(http.raw("/echo/%zz")).startsWith("HTTP/1.1 400 ");
        assertThat(http.raw("/query?a=%zz")).startsWith("HTTP/1.1 400 ");
        assertThat(http.get("/hello").statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedQueryKeys_arriveDecodedInOrder() throws Exception {
        JsonNode query = json(http.get("/query?tag=a&tag=b%20c&q=x+y&empty"));

        assertThat(query.get("tag").toString()).isEqualTo("[\"a\",\"b c\"]");
        assertThat(query.get("q").toString()).isEqualTo("[\"x y\"]");
        assertThat(query.get("empty").toString()).isEqualTo("[\"\"]");
    }

    @Test
    void repeatedHeadersAndCookies_reachTheHandler() throws Exception {
        JsonNode echoed = json(http.send(http.request("/headers")
                .header("X-Test", "one").header("x-test", "two").header("Cookie", "session=abc; theme=dark")));

        assertThat(echoed.get("x-test").toString()).isEqualTo("[\"one\",\"two\"]");
        assertThat(echoed.get("cookies").get("session").asText()).isEqualTo("abc");
        assertThat(echoed.get("cookies").get("theme").asText()).isEqualTo("dark");
    }

    @Test
    void unknownPath_is404WithDetail() throws Exception {
        HttpResponse<String> response = http.get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    }

    @Test
    void wrongMethod_is405WithAllow() throws Exception {
        HttpResponse<String> response = http.send(http.request("/items/1").PUT(BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
        assertThat(response.headers().firstValue("allow")).hasValue("DELETE, GET, HEAD");
    }

    @Test
    void bodyWithinLimit_reachesHandler() throws Exception {
        HttpResponse<String> response = http.post("/items", "application/json", "{\"name\":\"pen\",\"price\":3}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("name").asText()).isEqualTo("pen");
        assertThat(json(response).get("bytes").asInt()).isEqualTo(24);
    }

    @Test
    void declaredBodyOverLimit_is413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(2000) + "\",\"price\":1}";

        HttpResponse<String> response = http.post("/items", "application/json", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asText()).contains("1024 bytes");
        assertThat(response.headers().firstValue("x-correlation-id")).isPresent();
    }

    @Test
    void chunkedBodyOverLimit_is413() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(2000) + "\",\"price\":1}").getBytes(StandardCharsets.UTF_8);

        // A body publisher of unknown length is sent with chunked transfer: no Content-Length.
        HttpResponse<String> response = http.send(http.request("/items").header("content-type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("detail").asText()).contains("1024 bytes");
    }

    @Test
    void serverKeepsServingAfter413() throws Exception {
        http.post("/items", "application/json", "x".repeat(5000));

        assertThat(http.get("/hello").statusCode()).isEqualTo(200);
    }

    @Test
    void nonJsonContentType_is415() throws Exception {
        HttpResponse<String> response = http.post("/items", "text/plain", "name=pen");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("detail").asText()).contains("application/json");
    }

    @Test
    void malformedJson_is422InFastApiShape() throws Exception {
        HttpResponse<String> response = http.post("/items", "application/json", "{\"name\": ");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response).get("detail").get(0);
        assertThat(problem.get("type").asText()).isEqualTo("json_invalid");
        assertThat(problem.get("loc").get(0).asText()).isEqualTo("body");
    }

    @Test
    void nonNumericPathValue_is422AtItsLocation() throws Exception {
        HttpResponse<String> response = http.get("/items/abc");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response).get("detail").get(0);
        assertThat(problem.get("loc").toString()).isEqualTo("[\"path\",\"id\"]");
        assertThat(problem.get("input").asText()).isEqualTo("abc");
    }

    @Test
    void handlerFailure_is500WithoutInternals() throws Exception {
        HttpResponse<String> response = http.get("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalState");
    }

    @Test
    void httpException_keepsItsStatusAndDetail() throws Exception {
        HttpResponse<String> response = http.get("/items/101");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Item 101 not found\"}");
    }

    @Test
    void deleteWithoutResult_is204WithEmptyBody() throws Exception {
        HttpResponse<String> response = http.send(http.request("/items/3").DELETE());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void headOnGetRoute_hasHeadersButNoBody() throws Exception {
        HttpResponse<String> response = http.send(http.request("/hello").method("HEAD", BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void callersCorrelationId_isEchoed() throws Exception {
        HttpResponse<String> response = http.send(http.request("/hello").header("x-correlation-id", "abc-123"));

        assertThat(response.headers().firstValue("x-correlation-id")).hasValue("abc-123");
    }

    @Test
    void eachRequest_writesOneAccessLogLine() throws Exception {
        String id = "access-log-" + System.nanoTime();
        http.send(http.request("/items/7?verbose=1").header("x-correlation-id", id));

        // The line is written when the exchange completes, which may be just after the client has the body.
        String line = ServerLog.accessLine(id);
        assertThat(line).isNotNull();
        assertThat(line).contains("dev.skiff.local.access").containsPattern("GET /items/7\\?verbose=1 200 \\d+ ms")
                .endsWith("correlation_id=" + id);
        String[] lines = Files.readString(ServerLog.FILE).split("\n");
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.contains(id))).hasSize(1);
    }

    @Test
    void openApiDocument_isServedWithETag() throws Exception {
        HttpResponse<String> response = http.get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(json(response).get("info").get("title").asText()).isEqualTo("Test API");
        String etag = response.headers().firstValue("etag").orElseThrow();

        HttpResponse<String> again = http.send(http.request("/openapi.json").header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
