package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Streamed bodies leave one chunk per write, each as soon as it is written. */
class StreamingTest {

    @Test
    void streamsFirstChunkBeforeLast() throws Exception {
        TestApplication app = new TestApplication();
        try (LocalServer server = LocalServer.builder(app.application()).port(0).build().start()) {
            Http http = new Http(server);
            HttpResponse<InputStream> response =
                    http.client().send(http.request("/stream").GET().build(), BodyHandlers.ofInputStream());
            assertThat(response.headers().firstValue("content-type")).hasValue("application/jsonl");
            assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));

            // The handler is still blocked before writing {"n":2} while the client reads {"n":1}.
            assertThat(lines.readLine()).isEqualTo("{\"n\":1}");
            assertThat(app.release.getCount()).isEqualTo(1);
            app.release.countDown();

            assertThat(lines.readLine()).isEqualTo("{\"n\":2}");
            assertThat(lines.readLine()).isEqualTo("{\"n\":3}");
            assertThat(lines.readLine()).isNull();
        }
    }

    @Test
    void failureMidStream_cutsTheBodyShort_soThatTheClientCannotTakeItForComplete() throws Exception {
        try (LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start();
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /stream-fails HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();

            assertThat(readHead(in)).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
            assertThat(readChunk(in)).isEqualTo("{\"n\":1}\n");
            // no terminating zero-length chunk: the connection ends mid-body
            assertThat(in.readAllBytes()).isEmpty();

            Http http = new Http(server);
            assertThatThrownBy(() -> http.get("/stream-fails"))
                    .isInstanceOf(IOException.class);
            assertThat(http.get("/hello").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void eachWriteIsItsOwnTransferChunk() throws Exception {
        TestApplication app = new TestApplication();
        app.release.countDown(); // no waiting: all three lines are written back to back
        try (LocalServer server = LocalServer.builder(app.application()).port(0).build().start();
                Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /stream HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();

            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
            assertThat(readChunk(in)).isEqualTo("{\"n\":1}\n");
            assertThat(readChunk(in)).isEqualTo("{\"n\":2}\n");
            assertThat(readChunk(in)).isEqualTo("{\"n\":3}\n");
            assertThat(readChunk(in)).isEmpty(); // the terminating zero-length chunk
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the headers: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static String readChunk(InputStream in) throws IOException {
        String sizeLine = readLine(in);
        int size = Integer.parseInt(sizeLine.trim(), 16);
        byte[] data = in.readNBytes(size);
        assertThat(readLine(in)).isEmpty();
        return new String(data, StandardCharsets.UTF_8);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed mid-line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
