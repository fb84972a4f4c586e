package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A route declared never to block is answered on the connection's IO thread, with the same
 * answer, headers and access line as on a worker; anything that might block still goes to a worker.
 */
class NonBlockingHttpTest {
    private static LocalServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(new TestApplication().application()).port(0).maxBodyBytes(200_000).build()
                .start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aNonBlockingRoute_isAnsweredOnTheIoThread_withItsBody() throws Exception {
        HttpResponse<String> response = http.send(http.request("/fast").header("x-correlation-id", "nb-1")
                .header("content-type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"n\":12345}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("I/O").contains("\"bytes\":11");
        assertThat(response.headers().firstValue("x-correlation-id")).hasValue("nb-1");
        assertThat(response.headers().firstValue("content-length")).hasValue(String.valueOf(response.body().length()));
    }

    @Test
    void aNonBlockingGet_isAnsweredOnTheIoThread_andHeadHasNoBody() throws Exception {
        assertThat(http.get("/fast/7").body()).contains("I/O").contains("\"bytes\":0");

        HttpResponse<String> head = http.send(http.request("/fast/7")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aClientExpecting100Continue_getsItOnTheIoThread_thenTheAnswer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "POST /fast HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n"
                    + "Connection: close\r\n\r\n");
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
            send(socket, "hello");
            String answer = in.lines().reduce("", (a, b) -> a + b + "\n");

            assertThat(answer).contains("HTTP/1.1 200").contains("I/O").contains("\"bytes\":5");
        }
    }

    @Test
    void anOrdinaryRoute_staysOnAWorker() throws Exception {
        HttpResponse<String> response = http.post("/blocking", "application/json", "{}");

        assertThat(response.body()).doesNotContain("I/O").contains("task");
    }

    @Test
    void aLargeOrChunkedBody_goesToAWorker_whereTheLimitsAreEnforcedAsItArrives() throws Exception {
        String large = "x".repeat(100_000);
        assertThat(http.post("/fast", "text/plain", large).body()).doesNotContain("I/O").contains("\"bytes\":100000");

        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /fast HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "3\r\nabc\r\n0\r\n\r\n");
            String answer = reader(socket).lines().reduce("", (a, b) -> a + b + "\n");
            assertThat(answer).contains("HTTP/1.1 200").contains("task").contains("\"bytes\":3");
        }
    }

    @Test
    void aBodyThatStopsOnTheIoThread_isClosedAfterTheIdleTimeout() throws Exception {
        try (LocalServer quick = LocalServer.builder(new TestApplication().application()).port(0)
                .limits(dev.skiff.support.RequestLimits.defaults().withIdleTimeout(java.time.Duration.ofMillis(300)))
                .build().start();
                Socket socket = new Socket("127.0.0.1", quick.port())) {
            socket.setSoTimeout(10_000);
            send(socket, "POST /fast HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"n\":");

            // the connection is closed without an answer; the server goes on serving
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(new Http(quick).get("/fast/1").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theAccessLineIsWritten_asForAnyRequest() throws Exception {
        String id = "nb-access-" + System.nanoTime();
        http.send(http.request("/fast/3?x=1").header("x-correlation-id", id));

        String line = ServerLog.accessLine(id);
        assertThat(line).isNotNull().containsPattern("GET /fast/3\\?x=1 200 \\d+ ms").endsWith("correlation_id=" + id);
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
