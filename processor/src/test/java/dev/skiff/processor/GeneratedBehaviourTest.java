package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.processor.CompiledApi.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated routes and invokers, driven through the real dispatcher as a runtime would. */
class GeneratedBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CompiledApi compiled;
    private static Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("behaviour");
        app = compiled.application("fixtures.behaviour", "fixtures.behaviour.ThingsApi");
    }

    @Test
    void generatedSourcesUseNoReflection() {
        // the invokers, the entry point, the operations enum, and the codecs of Widget and Color
        assertThat(compiled.generatedSources()).hasSize(5).allSatisfy((name, source) -> assertThat(source)
                .doesNotContain("java.lang.reflect", "Class.forName", "getMethod(", "getDeclared", "ServiceLoader",
                        "Pattern", "newInstance", "com.fasterxml.jackson.databind", "dev.skiff.core.Json;"));
    }

    @Test
    void applicationCarriesApiInfoAndRoutesInDocumentOrder() {
        assertThat(app.title()).isEqualTo("Behaviour");
        assertThat(app.version()).isEqualTo("2.0.0");
        assertThat(app.routes()).extracting(r -> r.key()).startsWith("GET /things/special", "GET /things/{id}",
                "DELETE /things/{id}", "GET /things/{id}/parts/{part}");
        assertThat(new String(app.openApiJson(), StandardCharsets.UTF_8)).contains("\"openapi\": \"3.1.0\"");
    }

    @Test
    void staticSegmentBeatsVariable() {
        assertThat(get("/things/special").body()).isEqualTo("\"special\"");
        assertThat(get("/things/42").body()).isEqualTo("\"id:42\"");
        assertThat(get("/things/special/parts").body()).isEqualTo("\"special parts\"");
        assertThat(get("/things/7/parts/wheel").body()).isEqualTo("\"7/wheel\"");
    }

    @Test
    void variableStillMatchesWhenTheStaticBranchHasNoRouteForTheRest() {
        // "/things/special/parts/x" has no static route: the {id} route is tried and fails to convert
        Reply reply = get("/things/special/parts/wheel");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"loc\":[\"path\",\"id\"]");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("POST", "/things/42").build());
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("allow")).isEqualTo("DELETE, GET, HEAD, OPTIONS");
        assertThat(reply.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
    }

    @Test
    void methodFoundOnTheVariableBranchBeatsA405OnTheStaticOne() {
        assertThat(CompiledApi.dispatch(app, HttpRequest.builder("DELETE", "/things/special").build()).status())
                .isEqualTo(422);
    }

    @Test
    void rootPathAndExplicitOptionsRoute() {
        assertThat(get("/").body()).isEqualTo("\"root\"");
        Reply options = CompiledApi.dispatch(app, HttpRequest.builder("OPTIONS", "/things/5").build());
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("GET, DELETE, OPTIONS");
        assertThat(CompiledApi.dispatch(app, HttpRequest.builder("POST", "/things/5").build()).header("allow"))
                .isEqualTo("DELETE, GET, HEAD, OPTIONS");
    }

    @Test
    void headAnswersLikeGetWithoutBody() {
        Reply head = CompiledApi.dispatch(app, HttpRequest.builder("HEAD", "/things/42").build());
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void unknownPathIs404() {
        assertThat(get("/nothing").status()).isEqualTo(404);
        assertThat(get("/things").status()).isEqualTo(404);
        assertThat(get("/things/1/parts").status()).isEqualTo(404);
        assertThat(get("/things//parts/x").status()).isEqualTo(404);
        assertThat(get("/nothing").body()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void voidIs204() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("DELETE", "/things/3").build());
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void nonNumericPathVariableIs422AtPathLoc() throws Exception {
        JsonNode detail = json(get("/things/abc")).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("int_parsing");
        assertThat(detail.get("loc").toString()).isEqualTo("[\"path\",\"id\"]");
        assertThat(detail.get("input").asText()).isEqualTo("abc");
    }

    @Test
    void everyScalarConverts() throws Exception {
        Reply reply = get("/scalars", "i=-5&l=9000000000&sh=12&b=7&d=1.5&f=2.25&flag=yes&c=x&dec=12.50&big=123456789012345678901"
                + "&uuid=123e4567-e89b-12d3-a456-426614174000&date=2024-02-29&dateTime=2024-02-29T10:15:30"
                + "&time=10:15&instant=2024-02-29T10:15:30Z&offset=2024-02-29T10:15:30%2B02:00&color=BLUE&boxed=3");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = json(reply);
        assertThat(body.get("i").asInt()).isEqualTo(-5);
        assertThat(body.get("l").asLong()).isEqualTo(9_000_000_000L);
        assertThat(body.get("sh").asInt()).isEqualTo(12);
        assertThat(body.get("b").asInt()).isEqualTo(7);
        assertThat(body.get("d").asDouble()).isEqualTo(1.5);
        assertThat(body.get("f").asDouble()).isEqualTo(2.25);
        assertThat(body.get("flag").asBoolean()).isTrue();
        assertThat(body.get("c").asText()).isEqualTo("x");
        assertThat(body.get("dec").asText()).isEqualTo("12.50");
        assertThat(body.get("big").asText()).isEqualTo("123456789012345678901");
        assertThat(body.get("uuid").asText()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(body.get("date").asText()).isEqualTo("2024-02-29");
        assertThat(body.get("dateTime").asText()).isEqualTo("2024-02-29T10:15:30");
        assertThat(body.get("time").asText()).isEqualTo("10:15");
        assertThat(body.get("instant").asText()).isEqualTo("2024-02-29T10:15:30Z");
        assertThat(body.get("offset").asText()).isEqualTo("2024-02-29T10:15:30+02:00");
        assertThat(body.get("color").asText()).isEqualTo("BLUE");
        assertThat(body.get("boxed").asInt()).isEqualTo(3);
    }

    @Test
    void everyScalarFailureIsReportedAtOnceWithItsLoc() throws Exception {
        Reply reply = get("/scalars", "i=x&l=1.5&sh=99999&b=1&d=no&f=1&flag=maybe&c=xy&dec=d&big=b"
                + "&uuid=nope&date=2024-13-01&dateTime=x&time=x&instant=x&offset=x&color=PINK");
        assertThat(reply.status()).isEqualTo(422);
        JsonNode detail = json(reply).get("detail");
        assertThat(detail).extracting(d -> d.get("loc").get(1).asText()).containsExactly("i", "l", "sh", "d", "flag",
                "c", "dec", "big", "uuid", "date", "dateTime", "time", "instant", "offset", "color", "boxed");
        // a parameter's text is validated as pydantic validates a str: "1.5" is int_parsing, a short's range is a conint's
        assertThat(detail).extracting(d -> d.get("type").asText()).contains("int_parsing", "less_than_equal",
                "float_parsing", "bool_parsing", "decimal_parsing", "uuid_parsing", "enum", "missing");
    }

    @Test
    void missingRequiredQueryParameterIs422Missing() throws Exception {
        JsonNode detail = json(get("/scalars")).get("detail");
        assertThat(detail.get(0).get("type").asText()).isEqualTo("missing");
        assertThat(detail.get(0).get("loc").toString()).isEqualTo("[\"query\",\"i\"]");
        assertThat(detail.get(0).get("msg").asText()).isEqualTo("Field required");
    }

    @Test
    void listAndSetQueryParametersTakeRepeatedKeys() throws Exception {
        JsonNode body = json(get("/lists", "n=1&n=2&n=3&colors=RED&colors=RED&colors=BLUE&tag=a&tag=b"));
        assertThat(body.get("n").toString()).isEqualTo("[1,2,3]");
        assertThat(body.get("colors").toString()).isEqualTo("[\"RED\",\"BLUE\"]");
        assertThat(body.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(json(get("/lists")).get("n").toString()).isEqualTo("[]");
    }

    @Test
    void badListItemIs422AtItsIndex() throws Exception {
        JsonNode detail = json(get("/lists", "n=1&n=x")).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"query\",\"n\",1]");
    }

    @Test
    void optionalAndDefaultValues() {
        assertThat(get("/optional").body()).isEqualTo("\"none,7,GREEN,none\"");
        assertThat(get("/optional", "limit=3&size=9&color=RED&page-size=50").body()).isEqualTo("\"3,9,RED,50\"");
        assertThat(get("/optional", "size=big").status()).isEqualTo(422);
    }

    @Test
    void repeatedKeyBoundToAScalarTakesTheLastValueAsStarletteDoes() {
        assertThat(get("/optional", "limit=3&limit=5&color=RED&color=BLUE&page-size=1&page-size=2").body())
                .isEqualTo("\"5,7,BLUE,2\"");
        // only the value that binds is validated: an earlier bad one is not a 422
        assertThat(get("/optional", "size=big&size=9").body()).isEqualTo("\"none,9,GREEN,none\"");
        assertThat(get("/optional", "size=9&size=big").status()).isEqualTo(422);
    }

    @Test
    void headersAndCookies() {
        HttpRequest request = HttpRequest.builder("GET", "/headers").header("x-api-key", "k1")
                .header("Request-Id", "r9").header("Cookie", "session=s5; other=x").build();
        assertThat(CompiledApi.dispatch(app, request).body()).isEqualTo("\"k1,r9,s5\"");
        Reply missing = get("/headers");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("[\"header\",\"X-Api-Key\"]");
    }

    @Test
    void jsonBodyWithDeclaredStatus() throws Exception {
        Reply reply = send("POST", "/widgets", "{\"name\":\"w\",\"size\":3}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(json(reply).toString()).isEqualTo("{\"name\":\"w\",\"size\":3,\"note\":null}");
    }

    @Test
    void malformedOrMissingBodyIs422AndWrongContentTypeIs415() throws Exception {
        assertThat(json(send("POST", "/widgets", "{\"name\":")).get("detail").get(0).get("type").asText())
                .isEqualTo("json_invalid");
        assertThat(json(send("POST", "/widgets", "")).get("detail").get(0).get("loc").toString())
                .isEqualTo("[\"body\"]");
        // as pydantic: every problem of the body, property by property (name is declared before size)
        JsonNode detail = json(send("POST", "/widgets", "{\"size\":\"big\"}")).get("detail");
        assertThat(detail.get(0).get("loc").toString()).isEqualTo("[\"body\",\"name\"]");
        assertThat(detail.get(0).get("type").asText()).isEqualTo("missing");
        assertThat(detail.get(0).get("input").toString()).isEqualTo("{\"size\":\"big\"}");
        assertThat(detail.get(1).get("loc").toString()).isEqualTo("[\"body\",\"size\"]");
        assertThat(detail.get(1).get("type").asText()).isEqualTo("int_parsing");
        HttpRequest text = HttpRequest.builder("POST", "/widgets").header("content-type", "text/plain")
                .body("hi".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(CompiledApi.dispatch(app, text).status()).isEqualTo(415);
    }

    @Test
    void genericBodyIsReadAndWritten() throws Exception {
        Reply reply = send("POST", "/widgets/batch", "[{\"name\":\"a\",\"size\":1},{\"name\":\"b\",\"size\":2,\"note\":\"n\"}]");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(json(reply).get(1).get("note").asText()).isEqualTo("n");
    }

    @Test
    void responseSetsStatusAndHeaders() throws Exception {
        Reply reply = send("PUT", "/widgets/bolt", "{\"name\":\"x\",\"size\":4}");
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).isEqualTo("/widgets/bolt");
        assertThat(json(reply).get("name").asText()).isEqualTo("bolt");
    }

    @Test
    void optionalBodyAndBodilessResponse() {
        assertThat(send("PATCH", "/widgets/a", "{\"name\":\"x\",\"size\":4}").status()).isEqualTo(204);
        Reply absent = send("PATCH", "/widgets/a", "");
        assertThat(absent.status()).isEqualTo(200);
        assertThat(absent.body()).isEmpty();
    }

    @Test
    void streamIsJsonLinesOneElementPerChunk() {
        Reply reply = get("/stream", "count=3");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).isEqualTo("application/jsonl");
        assertThat(reply.chunks()).containsExactly("{\"name\":\"w1\",\"size\":1,\"note\":null}\n",
                "{\"name\":\"w2\",\"size\":2,\"note\":null}\n", "{\"name\":\"w3\",\"size\":3,\"note\":null}\n");
    }

    @Test
    void contextSeesTheRoute() {
        assertThat(get("/context").body()).isEqualTo("\"/context context\"");
    }

    @Test
    void httpExceptionAndFailure() {
        Reply gone = get("/gone");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo("{\"detail\":\"Thing not found\"}");
        Reply boom = get("/boom");
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
    }

    private static Reply get(String path) {
        return CompiledApi.dispatch(app, HttpRequest.builder("GET", path).build());
    }

    private static Reply get(String path, String rawQuery) {
        return CompiledApi.dispatch(app, HttpRequest.builder("GET", path).rawQuery(rawQuery).build());
    }

    private static Reply send(String method, String path, String json) {
        return CompiledApi.sendJson(app, method, path, json);
    }

    private static JsonNode json(Reply reply) throws Exception {
        return JSON.readTree(reply.body());
    }
}
