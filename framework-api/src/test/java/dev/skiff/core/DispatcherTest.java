package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.HttpException;
import dev.skiff.support.Bodies;
import dev.skiff.support.Converters;
import dev.skiff.support.Params;
import dev.skiff.support.Problems;
import dev.skiff.support.Results;
import dev.skiff.support.json.Pet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared dispatch path, driven through a hand-written router. */
class DispatcherTest {

    private final Route getPet = new Route("GET", "/pets/{id}", "getPet", call -> {
        Problems problems = new Problems();
        Long id = Params.required(call.pathValue(0), Converters.LONG, List.of("path", "id"), problems);
        problems.throwIfAny();
        if (id == 404) {
            throw new HttpException(404, "Pet not found");
        }
        if (id == 500) {
            throw new IllegalStateException("database password is hunter2");
        }
        return Results.json(200, Pet.CODEC, new Pet("rex", id.intValue()));
    });
    private final Route createPet = new Route("POST", "/pets", "createPet", call -> {
        Problems problems = new Problems();
        Pet pet = Bodies.read(call.request(), Pet.CODEC, true, problems);
        problems.throwIfAny();
        return Results.json(201, Pet.CODEC, pet);
    });
    private final Route streamPets = new Route("GET", "/pets/stream", "streamPets", call ->
            Results.jsonLines(200, Pet.CODEC, Stream.of(new Pet("a", 1), new Pet("b", 2))));

    private final Router router = (method, segments) -> {
        if (segments.length == 1 && segments[0].equals("pets")) {
            return method.equals("POST") ? new Lookup.Found(createPet, new String[0])
                    : new Lookup.MethodNotAllowed(Set.of("POST"));
        }
        if (segments.length == 2 && segments[0].equals("pets")) {
            if (segments[1].equals("stream")) {
                return method.equals("GET") ? new Lookup.Found(streamPets, new String[0])
                        : new Lookup.MethodNotAllowed(Set.of("GET"));
            }
            return method.equals("GET") ? new Lookup.Found(getPet, new String[] {segments[1]})
                    : new Lookup.MethodNotAllowed(Set.of("GET"));
        }
        return Lookup.NotFound.INSTANCE;
    };

    private final Dispatcher dispatcher = new Dispatcher(
            new Application("Pets", "1", router, List.of(getPet, createPet, streamPets), () -> null), List.of());

    @Test
    void foundRouteAnswersWithJsonAndCorrelationId() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/7")
                .header("X-Correlation-Id", "abc-123").build());

        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(text(exchange)).isEqualTo("{\"name\":\"rex\",\"age\":7}");
        assertThat(exchange.response().headers().first("x-correlation-id")).contains("abc-123");
        assertThat(exchange.route()).isSameAs(getPet);
    }

    @Test
    void aRouteTheRuntimeAlreadyFound_isAnsweredAsIfLookedUpHere_withoutAskingTheRouter() {
        Router refusing = (method, segments) -> {
            throw new AssertionError("looked up again: " + method);
        };
        Dispatcher given = new Dispatcher(
                new Application("Pets", "1", refusing, List.of(getPet, createPet, streamPets), () -> null), List.of());
        HttpRequest request = HttpRequest.builder("GET", "/pets/7").header("X-Correlation-Id", "abc-123").build();

        Exchange exchange = given.dispatch(request, "abc-123", new Lookup.Found(getPet, new String[] {"7"}));

        Exchange lookedUp = dispatcher.dispatch(request, "abc-123");
        assertThat(exchange.route()).isSameAs(getPet);
        assertThat(exchange.response().status()).isEqualTo(lookedUp.response().status());
        assertThat(text(exchange)).isEqualTo(text(lookedUp)).isEqualTo("{\"name\":\"rex\",\"age\":7}");
        assertThat(exchange.response().headers().first("x-correlation-id")).contains("abc-123");
    }

    @Test
    void platformRequestIdIsTheFallbackCorrelationId() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/7").platformRequestId("req-9").build());
        assertThat(exchange.correlationId()).isEqualTo("req-9");
    }

    @Test
    void unknownPathIs404() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/nope").build());
        assertThat(exchange.response().status()).isEqualTo(404);
        assertThat(text(exchange)).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("DELETE", "/pets/1").build());
        assertThat(exchange.response().status()).isEqualTo(405);
        assertThat(exchange.response().headers().first("allow")).contains("GET, HEAD");
        assertThat(text(exchange)).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
    }

    @Test
    void headIsAnsweredByTheGetRouteWithoutBody() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("HEAD", "/pets/3").build());
        assertThat(exchange.response().status()).isEqualTo(200);
        assertThat(exchange.response().body()).isEmpty();
        assertThat(exchange.response().headers().first("content-type")).contains("application/json");
    }

    @Test
    void conversionFailureIs422WithFastApiShape() throws Exception {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/abc").build());
        assertThat(exchange.response().status()).isEqualTo(422);
        JsonNode detail = Json.mapper().readTree(exchange.response().body()).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("int_parsing");
        assertThat(detail.get("loc").toString()).isEqualTo("[\"path\",\"id\"]");
        assertThat(detail.get("input").asText()).isEqualTo("abc");
    }

    @Test
    void httpExceptionKeepsItsStatusAndDetail() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/404").build());
        assertThat(exchange.response().status()).isEqualTo(404);
        assertThat(text(exchange)).isEqualTo("{\"detail\":\"Pet not found\"}");
        assertThat(exchange.failure()).isNull();
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/500").build());
        assertThat(exchange.response().status()).isEqualTo(500);
        assertThat(text(exchange)).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(exchange.failure()).hasMessageContaining("hunter2");
    }

    @Test
    void malformedJsonIs422JsonInvalid() throws Exception {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("POST", "/pets")
                .header("content-type", "application/json").body("{\"name\": ".getBytes(StandardCharsets.UTF_8)).build());
        assertThat(exchange.response().status()).isEqualTo(422);
        JsonNode detail = Json.mapper().readTree(exchange.response().body()).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("json_invalid");
        assertThat(detail.get("loc").get(0).asText()).isEqualTo("body");
        assertThat(detail.get("msg").asText()).isEqualTo("JSON decode error");
    }

    @Test
    void wrongFieldTypeIs422AtThatField() throws Exception {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("POST", "/pets")
                .body("{\"name\":\"rex\",\"age\":\"old\"}".getBytes(StandardCharsets.UTF_8)).build());
        JsonNode detail = Json.mapper().readTree(exchange.response().body()).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"body\",\"age\"]");
        assertThat(detail.get("type").asText()).isEqualTo("int_parsing");
        assertThat(detail.toString()).doesNotContain("Pet").doesNotContain("java");
    }

    @Test
    void missingBodyIs422Missing() throws Exception {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("POST", "/pets").build());
        JsonNode detail = Json.mapper().readTree(exchange.response().body()).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("missing");
        assertThat(detail.get("loc").toString()).isEqualTo("[\"body\"]");
    }

    @Test
    void nonJsonContentTypeIs415() {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("POST", "/pets")
                .header("Content-Type", "text/plain").body("hello".getBytes(StandardCharsets.UTF_8)).build());
        assertThat(exchange.response().status()).isEqualTo(415);
        assertThat(text(exchange)).startsWith("{\"detail\":\"Unsupported Media Type");
    }

    @Test
    void streamWritesOneJsonLinePerChunk() throws Exception {
        Exchange exchange = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/stream").build());
        HttpResponse response = exchange.response();
        assertThat(response.isStreaming()).isTrue();
        assertThat(response.headers().first("content-type")).contains("application/jsonl");
        assertThat(response.headers().first("x-correlation-id")).isPresent();
        List<String> chunks = new java.util.ArrayList<>();
        response.stream().writeTo(chunk -> chunks.add(new String(chunk, StandardCharsets.UTF_8)));
        assertThat(chunks).containsExactly("{\"name\":\"a\",\"age\":1}\n", "{\"name\":\"b\",\"age\":2}\n");
    }

    @Test
    void failingStream_sendsTheElementsAlreadyProduced_thenThrowsForTheRuntimeToMarkTheFailure() throws Exception {
        HttpResponse response = Results.jsonLines(200, Pet.CODEC,
                Stream.of(1, 2, 3).map(i -> {
                    if (i == 3) {
                        throw new IllegalStateException("boom");
                    }
                    return new Pet("p" + i, i);
                }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> response.stream().writeTo(out::write))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"p1\",\"age\":1}\n{\"name\":\"p2\",\"age\":2}\n");
    }

    @Test
    void correlationIdDoesNotLeakIntoTheNextRequest() {
        dispatcher.dispatch(HttpRequest.builder("GET", "/pets/1").header("x-correlation-id", "first").build());
        assertThat(org.slf4j.MDC.get(Dispatcher.MDC_CORRELATION_ID)).isNull();
        Exchange second = dispatcher.dispatch(HttpRequest.builder("GET", "/pets/1").build());
        assertThat(second.correlationId()).isNotEqualTo("first");
    }

    private static String text(Exchange exchange) {
        return new String(exchange.response().body(), StandardCharsets.UTF_8);
    }
}
