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
 * The stream endpoint over real HTTP: the client reads the first JSON line while the server is
 * still held before producing the last element.
 */
class ItemsStreamHttpTest {
    private static final CountDownLatch RELEASE_LAST = new CountDownLatch(1);
    private static final AtomicBoolean LAST_PRODUCED = new AtomicBoolean();

    /** Holds the third (last) element until the test has seen the first. */
    private static final Pacer GATE = index -> {
        if (index == 2) {
            RELEASE_LAST.await(30, TimeUnit.SECONDS);
            LAST_PRODUCED.set(true);
        }
    };

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(() -> {
        ItemStore store = new ItemStore();
        for (String name : List.of("one", "two", "three")) {
            store.add(new NewItem(name, BigDecimal.ONE, List.of(), Optional.empty(), Optional.empty()));
        }
        return SkiffRoutes.create(new ItemsApi(store, GATE));
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
}
