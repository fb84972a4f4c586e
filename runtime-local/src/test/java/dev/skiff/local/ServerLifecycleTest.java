package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting and stopping: a taken port is reported, stopping lets the request in flight finish. */
class ServerLifecycleTest {

    @Test
    void requestInFlight_completesDuringShutdown() throws Exception {
        TestApplication app = new TestApplication();
        LocalServer server = LocalServer.builder(app.application()).port(0).build().start();
        int port = server.port();
        Http http = new Http(server);
        CompletableFuture<HttpResponse<String>> inFlight =
                http.client().sendAsync(http.request("/slow").GET().build(), BodyHandlers.ofString());
        assertThat(app.waiting.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        assertThat(inFlight).isNotDone();
        app.release.countDown();

        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"message\":\"finally hello\"}");
        stopping.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void onceStopReturns_everyRequestsAccessLineIsWritten() throws Exception {
        LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start();
        Http http = new Http(server);
        String id = "stop-flush-" + System.nanoTime();
        for (int i = 0; i < 50; i++) {
            http.send(http.request("/items/" + i).header("x-correlation-id", id + "-" + i));
        }

        server.stop();

        List<String> lines = Files.readAllLines(Path.of("target/test-server.log")).stream()
                .filter(l -> l.contains(id)).toList();
        assertThat(lines).hasSize(50);
        assertThat(lines.get(49)).contains("dev.skiff.local.access").containsPattern("GET /items/49 200 \\d+ ms")
                .endsWith("correlation_id=" + id + "-49");
    }

    @Test
    void stopTwice_isHarmless() throws IOException {
        LocalServer server = LocalServer.builder(new TestApplication().application()).port(0).build().start();
        server.stop();
        server.close();
        assertThat(server.port()).isPositive();
    }

    @Test
    void secondServerOnATakenPort_failsSayingSo() {
        try (LocalServer first = LocalServer.builder(new TestApplication().application()).port(0).build().start()) {
            LocalServer second = LocalServer.builder(new TestApplication().application()).port(first.port()).build();

            assertThatThrownBy(second::start)
                    .hasMessageContaining(":" + first.port()).hasMessageContaining("set PORT");
        }
    }
}
