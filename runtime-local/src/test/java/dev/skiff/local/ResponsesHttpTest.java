package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text, HTML, bytes and server-sent events over real HTTP on the local server. */
class ResponsesHttpTest {

    @Test
    void serverSentEvents_arriveEventByEvent_theFirstBeforeTheLastIsProduced() throws Exception {
        TestApplication app = new TestApplication();
        try (LocalServer server = LocalServer.builder(app.application()).port(0).build().start()) {
            Http http = new Http(server);
            HttpResponse<InputStream> response = http.client().send(
                    http.request("/events").header("accept", "text/event-stream").GET().build(),
                    BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("content-type")).containsExactly("text/event-stream");
            assertThat(response.headers().firstValue("cache-control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                // The second event is held until the client has read the first.
                assertThat(readEvent(lines)).containsExactly("id: 1", "event: tick", "data: event 1", "data: second line");
                assertThat(app.release.getCount()).isEqualTo(1);
                app.release.countDown();

                assertThat(readEvent(lines)).containsExactly("id: 2", "event: tick", "data: event 2", "data: second line");
                assertThat(readEvent(lines)).containsExactly("id: 3", "event: tick", "data: event 3", "data: second line");
                assertThat(lines.readLine()).isNull();
            }
        }
    }

    @Test
    void textResponse_hasExactlyOneContentType() throws Exception {
        try (LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start()) {
            HttpResponse<String> response = new Http(server).get("/text");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("content-type")).containsExactly("text/plain; charset=utf-8");
            assertThat(response.body()).isEqualTo("plain words");
        }
    }

    @Test
    void html_isTextHtmlInUtf8() throws Exception {
        try (LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start()) {
            HttpResponse<String> response = new Http(server).get("/html");

            assertThat(response.headers().allValues("content-type")).containsExactly("text/html; charset=utf-8");
            assertThat(response.body()).isEqualTo("<h1>Hi</h1>");
        }
    }

    @Test
    void bytes_arriveAsTheyAre_withTheirLength() throws Exception {
        try (LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start()) {
            Http http = new Http(server);
            HttpResponse<byte[]> response = http.client().send(http.request("/bytes").GET().build(),
                    BodyHandlers.ofByteArray());

            assertThat(response.headers().allValues("content-type")).containsExactly("image/png");
            assertThat(response.headers().firstValue("content-length")).hasValue("4");
            assertThat(response.body()).containsExactly(0, 1, 2, 0xFF);
        }
    }

    /** The lines of one event, up to the blank line that ends it. */
    private static List<String> readEvent(BufferedReader lines) throws Exception {
        List<String> event = new ArrayList<>();
        for (String line = lines.readLine(); line != null && !line.isEmpty(); line = lines.readLine()) {
            event.add(line);
        }
        return event;
    }
}
