package dev.skiff.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits and recompiles a running application, as a developer would, and watches it reload. */
class DevServerReloadTest {
    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingListener events = new RecordingListener();

    @BeforeEach
    void resetGate() {
        Gate.reset();
    }

    private String get(URI base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void changedClasses_areServedOnTheSamePortWhileARequestInFlightFinishes() throws Exception {
        Path sources = project.resolve("src");
        Path classes = project.resolve("classes");
        DemoSources.write(sources, "v1");
        DemoSources.compile(sources, classes);

        try (DevServer dev = DevServer.builder("demo.DemoApp").classes(classes).workDirectory(project.resolve("work"))
                .port(0).quietPeriod(Duration.ofMillis(100)).listener(events).start()) {
            URI base = dev.uri();
            assertThat(get(base, "/hello")).isEqualTo("200 v1");
            CompletableFuture<HttpResponse<String>> inFlight =
                    http.sendAsync(HttpRequest.newBuilder(base.resolve("/slow")).build(), BodyHandlers.ofString());
            assertThat(Gate.awaitEntered()).isTrue();

            DemoSources.write(sources, "v2");
            DemoSources.compile(sources, classes);

            assertThat(events.next()).startsWith("reloaded");
            assertThat(dev.uri()).isEqualTo(base);
            assertThat(get(base, "/hello")).isEqualTo("200 v2");
            assertThat(inFlight).isNotDone();
            Gate.release();
            HttpResponse<String> finished = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("slow v1");
        }
    }

    @Test
    void factoryThatFails_keepsTheLastGoodVersionServing() throws Exception {
        Path sources = project.resolve("src");
        Path classes = project.resolve("classes");
        DemoSources.write(sources, "good");
        DemoSources.compile(sources, classes);

        try (DevServer dev = DevServer.builder("demo.DemoApp").classes(classes).workDirectory(project.resolve("work"))
                .port(0).quietPeriod(Duration.ofMillis(100)).listener(events).start()) {
            DemoSources.writeFailingFactory(sources);
            DemoSources.compile(sources, classes);

            assertThat(events.next()).isEqualTo("reload failed: demo.DemoApp.create() failed: "
                    + "java.lang.IllegalStateException: the store could not open");
            assertThat(get(dev.uri(), "/hello")).isEqualTo("200 good");
        }
    }

    @Test
    void changedSources_areRecompiled_andCompileErrorsKeepTheLastGoodVersion() throws Exception {
        Path sources = project.resolve("src");
        Path classes = project.resolve("classes");
        DemoSources.write(sources, "v1");

        try (DevServer dev = DevServer.builder("demo.DemoApp").classes(classes).sources(sources)
                .workDirectory(project.resolve("work")).port(0).quietPeriod(Duration.ofMillis(100)).listener(events)
                .start()) {
            URI base = dev.uri();
            assertThat(get(base, "/hello")).isEqualTo("200 v1");

            DemoSources.writeBroken(sources);

            String failure = events.next();
            assertThat(failure).startsWith("compile failed: ").contains("DemoApp.java:5: ").contains("notAMethod");
            assertThat(get(base, "/hello")).isEqualTo("200 v1");

            DemoSources.write(sources, "v2");

            assertThat(events.next()).startsWith("reloaded");
            assertThat(get(base, "/hello")).isEqualTo("200 v2");
        }
    }
}
