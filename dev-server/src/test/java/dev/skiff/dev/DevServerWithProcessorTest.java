package dev.skiff.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does: edits an annotated handler; the dev server recompiles it through Skiff's
 * processor (new router, new openapi.json) and serves the new operation on the same port.
 */
class DevServerWithProcessorTest {
    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(URI base, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private void writeApi(Path sources, String handlers) throws Exception {
        Path pkg = sources.resolve("shop");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("Price.java"), "package shop;\n\npublic record Price(String label, int cents) {}\n");
        Files.writeString(pkg.resolve("ShopApp.java"), """
                package shop;

                import dev.skiff.api.ApiInfo;
                import dev.skiff.core.Application;

                @ApiInfo(title = "Shop", version = "1.0.0")
                public final class ShopApp {
                    public static Application create() {
                        return SkiffRoutes.create(new PriceApi());
                    }
                }
                """);
        Files.writeString(pkg.resolve("PriceApi.java"), """
                package shop;

                import dev.skiff.api.Get;

                public final class PriceApi {
                %s
                }
                """.formatted(handlers));
    }

    @Test
    void editedHandler_isRecompiledThroughTheProcessorAndServed() throws Exception {
        Path sources = project.resolve("src");
        RecordingListener events = new RecordingListener();
        writeApi(sources, """
                    /** Today's price. */
                    @Get("/price")
                    public Price price() { return new Price("v1", 100); }
                """);

        try (DevServer dev = DevServer.builder("shop.ShopApp").classes(project.resolve("classes")).sources(sources)
                .workDirectory(project.resolve("work")).port(0).quietPeriod(Duration.ofMillis(100)).listener(events)
                .start()) {
            URI base = dev.uri();
            assertThat(get(base, "/price")).isEqualTo("200 {\"label\":\"v1\",\"cents\":100}");
            assertThat(get(base, "/discount")).startsWith("404");

            writeApi(sources, """
                        /** Today's price. */
                        @Get("/price")
                        public Price price() { return new Price("v2", 90); }

                        /** The discount on {@code percent}. */
                        @Get("/discount/{percent}")
                        public Price discount(int percent) { return new Price("off", percent); }
                    """);

            assertThat(events.next()).startsWith("reloaded");
            assertThat(dev.uri()).isEqualTo(base);
            assertThat(get(base, "/price")).isEqualTo("200 {\"label\":\"v2\",\"cents\":90}");
            assertThat(get(base, "/discount/15")).isEqualTo("200 {\"label\":\"off\",\"cents\":15}");
            assertThat(get(base, "/discount/abc")).startsWith("422");
            assertThat(get(base, "/openapi.json")).contains("/discount/{percent}");
        }
    }
}
