package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.Response;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.HttpResponse;
import dev.skiff.support.json.Codecs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Text, bytes, byte streams and server-sent events, each with exactly one Content-Type. */
class ResultsTest {

    @Test
    void eventFields_andMultiLineData_inTheEventStreamFormat() throws IOException {
        ServerSentEvent<String> event = ServerSentEvent.of("a\r\nb\rc\nd").event("update").id("7")
                .retry(Duration.ofMillis(1500));

        assertThat(text(ServerSentEvents.encode(event, null)))
                .isEqualTo("id: 7\nevent: update\nretry: 1500\ndata: a\ndata: b\ndata: c\ndata: d\n\n");
    }

    @Test
    void emptyData_isOneEmptyDataLine_andNoData_isNone() throws IOException {
        assertThat(text(ServerSentEvents.encode(ServerSentEvent.of(""), null))).isEqualTo("data: \n\n");
        assertThat(text(ServerSentEvents.encode(ServerSentEvent.of("x\n"), null))).isEqualTo("data: x\ndata: \n\n");
        assertThat(text(ServerSentEvents.encode(ServerSentEvent.<String>of(null).event("ping"), null)))
                .isEqualTo("event: ping\n\n");
    }

    @Test
    void jsonData_isWrittenByTheWriter() throws IOException {
        assertThat(text(ServerSentEvents.encode(ServerSentEvent.<Object>of(Map.of("n", 1)), Codecs.ANY)))
                .isEqualTo("data: {\"n\":1}\n\n");
    }

    @Test
    void eventAndIdMustBeOneLine() {
        assertThatThrownBy(() -> ServerSentEvent.of("x").event("a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event must be one line, got a\\nb");
        assertThatThrownBy(() -> ServerSentEvent.of("x").id("a\rb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerSentEvent.of("x").id("a\0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerSentEvent.of("x").retry(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void events_areOneChunkEach_notCached() throws IOException {
        HttpResponse response = Results.events(200, Stream.of(ServerSentEvent.of("one"), ServerSentEvent.of("two")));

        assertThat(response.headers().all("content-type")).containsExactly("text/event-stream");
        assertThat(response.headers().all("cache-control")).containsExactly("no-cache");
        assertThat(chunks(response)).containsExactly("data: one\n\n", "data: two\n\n");
    }

    @Test
    void contentTypeSetOnAResponse_replacesTheDefault_once() throws IOException {
        Response<Object> result = Response.<Object>ok(Map.of("a", 1))
                .header("Content-Type", "application/vnd.a+json").header("content-type", "application/vnd.b+json");

        HttpResponse response = Results.response(result, Codecs.ANY);

        assertThat(result.headers()).hasSize(1);
        assertThat(response.headers().all("content-type")).containsExactly("application/vnd.b+json");
        assertThat(text(response.body())).isEqualTo("{\"a\":1}");
    }

    @Test
    void responseText_isTextEvenOnAJsonOperation() throws IOException {
        HttpResponse response = Results.response(Response.text("héllo"), Codecs.STRING);

        assertThat(response.headers().all("content-type")).containsExactly("text/plain; charset=utf-8");
        assertThat(text(response.body())).isEqualTo("héllo");
    }

    @Test
    void text_getsACharset_unlessItHasOne() {
        assertThat(Results.text(200, "text/csv", "a").headers().all("content-type"))
                .containsExactly("text/csv; charset=utf-8");
        assertThat(Results.text(200, "text/html; charset=ISO-8859-1", "a").headers().first("content-type"))
                .hasValue("text/html; charset=ISO-8859-1");
        assertThat(Results.text(200, "application/xml", "<a/>").headers().first("content-type"))
                .hasValue("application/xml");
    }

    @Test
    void bytesResponse_andByteStream_keepTheirBytes() throws IOException {
        HttpResponse bytes = Results.response(Response.bytes(new byte[] {0, (byte) 0xFF}, "image/png"), null);
        assertThat(bytes.body()).containsExactly(0, 0xFF);
        assertThat(bytes.headers().all("content-type")).containsExactly("image/png");

        HttpResponse stream = Results.byteStream(200, "application/octet-stream",
                new ByteArrayInputStream(new byte[20_000]));
        assertThat(chunks(stream)).hasSize(3);
    }

    @Test
    void byteStream_isClosed_andItsOwnFailureIsTheApplications() {
        boolean[] closed = {false};
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        HttpResponse response = Results.byteStream(200, "application/octet-stream", failing);

        assertThatThrownBy(() -> chunks(response)).isInstanceOf(UncheckedIOException.class);
        assertThat(closed[0]).isTrue();
    }

    private static List<String> chunks(HttpResponse response) throws IOException {
        List<String> chunks = new ArrayList<>();
        response.stream().writeTo(chunk -> chunks.add(text(chunk)));
        return chunks;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
