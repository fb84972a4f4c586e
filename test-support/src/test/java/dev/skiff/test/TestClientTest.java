package dev.skiff.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.skiff.test.NotesApplication.NewNote;
import dev.skiff.test.NotesApplication.Note;
import java.util.List;
import java.util.Map;
import dev.skiff.api.ServerSentEvent;
import org.junit.jupiter.api.Test;

class TestClientTest {
    private final TestClient client = TestClient.of(NotesApplication.create());

    @Test
    void get_readsTheBodyAsARecord() {
        TestResponse response = client.get("/notes/5").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.as(Note.class)).isEqualTo(new Note(5, "note 5"));
        assertThat(response.correlationId()).isNotBlank();
    }

    @Test
    void postJson_sendsTheObjectAsJson() {
        TestResponse response = client.post("/notes").json(new NewNote("buy milk")).send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("text").asText()).isEqualTo("buy milk");
    }

    @Test
    void queryHeadersAndCookies_reachTheHandler() {
        TestResponse response = client.get("/notes?tag=a%20b").query("tag", "c&d").header("x-api-key", "k1")
                .cookie("session", "s1").send();

        Map<String, Object> echoed = response.as(new TypeReference<Map<String, Object>>() {});
        assertThat(echoed).containsEntry("tags", List.of("a b", "c&d")).containsEntry("key", "k1")
                .containsEntry("session", "s1");
    }

    @Test
    void badInput_getsTheErrorTablesAnswers() {
        assertThat(client.get("/nothing").send().bodyText()).isEqualTo("{\"detail\":\"Not Found\"}");
        TestResponse wrongMethod = client.delete("/notes/1").send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("allow")).isEqualTo("GET, HEAD");
        TestResponse notANumber = client.get("/notes/abc").send();
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().at("/detail/0/loc").toString()).isEqualTo("[\"path\",\"id\"]");
        assertThat(client.post("/notes").body("text/plain", "hi").send().status()).isEqualTo(415);
        assertThat(client.post("/notes").body("application/json", "{oops").send().json().at("/detail/0/type").asText())
                .isEqualTo("json_invalid");
    }

    @Test
    void failure_is500ButTheTestCanSeeWhy() {
        TestResponse response = client.get("/fail").send();

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).doesNotContain("broken");
        assertThat(response.failure()).get().extracting(Throwable::getMessage).isEqualTo("broken on purpose");
    }

    @Test
    void stream_isReadAsLinesAndChunks() {
        TestResponse response = client.get("/notes/stream").send();

        assertThat(response.header("content-type")).isEqualTo("application/jsonl");
        assertThat(response.lines(Note.class)).containsExactly(new Note(1, "a"), new Note(2, "b"));
        assertThat(response.chunks()).containsExactly("{\"id\":1,\"text\":\"a\"}\n", "{\"id\":2,\"text\":\"b\"}\n");
    }

    @Test
    void events_areReadAsAnEventSourceReadsThem() {
        TestResponse response = client.get("/notes/events").send();

        assertThat(response.header("content-type")).isEqualTo("text/event-stream");
        assertThat(response.chunks()).hasSize(2);
        assertThat(response.events()).containsExactly(
                ServerSentEvent.of("first\nsecond").event("note").id("1"),
                ServerSentEvent.of("x").retry(java.time.Duration.ofSeconds(2)));
    }
}
