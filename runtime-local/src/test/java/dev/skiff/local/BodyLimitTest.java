package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limit is judged on the declared length first; curl-style clients ask before sending a large body. */
class BodyLimitTest {
    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(new TestApplication().application()).port(0).maxBodyBytes(1024).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void declaredBodyOverLimit_isRefusedBeforeItIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
            BufferedReader in = reader(socket);

            assertThat(in.readLine()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void defaultLimit_isSixMegabytes() throws Exception {
        try (LocalServer defaults = LocalServer.builder(new TestApplication().application()).port(0).build().start();
                Socket socket = new Socket("127.0.0.1", defaults.port())) {
            // Only the headers are sent: the declared length alone decides.
            send(socket, "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (6 * 1024 * 1024 + 1) + "\r\n\r\n");

            assertThat(reader(socket).readLine()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void bodyWithinLimit_getsContinueThenTheAnswer() throws Exception {
        String body = "{\"name\":\"pen\",\"price\":3}";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
            BufferedReader in = reader(socket);

            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
            send(socket, body);
            String rest = in.lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(rest).contains("HTTP/1.1 201 Created").contains("\"name\":\"pen\"");
        }
    }

    @Test
    void declaredBodyExactlyAtTheLimit_arrivingInPieces_isReadWhole() throws Exception {
        String prefix = "{\"price\":3,\"name\":\"";
        String name = "n".repeat(1024 - prefix.length() - 2);
        String body = prefix + name + "\"}";
        assertThat(body).hasSize(1024);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\nConnection: close\r\n\r\n");
            send(socket, body.substring(0, 300));
            Thread.sleep(100);
            send(socket, body.substring(300, 301));
            Thread.sleep(100);
            send(socket, body.substring(301));
            String rest = reader(socket).lines().reduce("", (a, b) -> a + b + "\n");

            assertThat(rest).contains("HTTP/1.1 201 Created").contains("\"name\":\"" + name + "\"");
        }
    }

    private static void send(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static BufferedReader reader(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }
}
