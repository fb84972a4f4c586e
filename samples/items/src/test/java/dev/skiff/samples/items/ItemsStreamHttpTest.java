package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.test.LocalServerExtension;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stream endpoints over real HTTP: the client reads the first JSON line (the first event)
 * while the server is still held before producing the last element.
 */
class ItemsStreamHttpTest {
    private static volatile CountDownLatch RELEASE_LAST = new CountDownLatch(1);
    private static final AtomicBoolean LAST_PRODUCED = new AtomicBoolean();

    /** Holds the third (last) element until the test has seen the first. */
    private static final Pacer GATE = index -> {
        if (index == 2) {
            RELEASE_LAST.await(30, TimeUnit.SECONDS);
            LAST_PRODUCED.set(true);
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void closeTheGate() {
        RELEASE_LAST = new CountDownLatch(1);
        LAST_PRODUCED.set(false);
    }

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(() -> {
        ItemStore store = new ItemStore();
        for (String name : List.of("one", "two", "three")) {
            store.add(new NewItem(name, BigDecimal.ONE, List.of(), Optional.empty(), Optional.empty()));
        }
        return SkiffRoutes.create(new ItemsApi(store, GATE)).withResolver(Caller.class, Caller::of);
    });

    @Test
    void streamsFirstChunkBeforeLast() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(SERVER.uri("/items/stream")).build(), BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/jsonl");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            assertThat(new ObjectMapper().readTree(first).get("name").asText()).isEqualTo("one");
            assertThat(LAST_PRODUCED).isFalse();

            RELEASE_LAST.countDown();
            assertThat(new ObjectMapper().readTree(lines.readLine()).get("name").asText()).isEqualTo("two");
            assertThat(new ObjectMapper().readTree(lines.readLine()).get("name").asText()).isEqualTo("three");
            assertThat(lines.readLine()).isNull();
        }
        assertThat(LAST_PRODUCED).isTrue();
    }

    @Test
    void serverSentEvents_arriveOneByOne_theFirstBeforeTheLastIsProduced() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(SERVER.uri("/items/events")).header("accept", "text/event-stream").build(),
                BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("content-type")).containsExactly("text/event-stream");
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-cache");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("id: 1");
            assertThat(lines.readLine()).isEqualTo("event: item");
            String data = lines.readLine();
            assertThat(data).startsWith("data: ");
            assertThat(new ObjectMapper().readTree(data.substring(6)).get("name").asText()).isEqualTo("one");
            assertThat(lines.readLine()).isEmpty();
            assertThat(LAST_PRODUCED).isFalse();

            RELEASE_LAST.countDown();
            assertThat(lines.readLine()).isEqualTo("id: 2");
            lines.readLine();
            lines.readLine();
            assertThat(lines.readLine()).isEmpty();
            assertThat(lines.readLine()).isEqualTo("id: 3");
            lines.readLine();
            assertThat(new ObjectMapper().readTree(lines.readLine().substring(6)).get("name").asText()).isEqualTo("three");
            assertThat(lines.readLine()).isEmpty();
            assertThat(lines.readLine()).isNull();
        }
        assertThat(LAST_PRODUCED).isTrue();
    }

    @Test
    void htmlCard_andPlainTextCount_haveOneContentTypeEach() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> card = client.send(HttpRequest.newBuilder(SERVER.uri("/items/1/card")).build(),
                BodyHandlers.ofString());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().allValues("content-type")).containsExactly("text/html; charset=utf-8");
        assertThat(card.body()).isEqualTo("<article><h1>one</h1><p>1 EUR</p></article>");

        HttpResponse<String> count = client.send(HttpRequest.newBuilder(SERVER.uri("/items/count")).build(),
                BodyHandlers.ofString());
        assertThat(count.headers().allValues("content-type")).containsExactly("text/plain; charset=utf-8");
        assertThat(count.body()).isEqualTo("3");
    }
}
