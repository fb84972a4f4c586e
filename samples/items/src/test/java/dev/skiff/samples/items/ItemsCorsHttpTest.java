package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.test.LocalServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web app on a dev server (another port) calling the sample run locally: its preflight is
 * answered, and every answer, a 404 included, names the origin it may read.
 */
class ItemsCorsHttpTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String DEV_SERVER = "http://localhost:5173";

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void aDevServersPreflightIsAnswered() throws Exception {
        HttpResponse<String> preflight = CLIENT.send(HttpRequest.newBuilder(SERVER.uri("/items"))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", DEV_SERVER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build(), BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).isPresent();
        assertThat(preflight.headers().firstValue("access-control-allow-methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("access-control-allow-headers")).hasValue("content-type");
    }

    @Test
    void aNotFoundCanBeReadByTheDevServersPage() throws Exception {
        HttpResponse<String> missing = CLIENT.send(HttpRequest.newBuilder(SERVER.uri("/items/999999"))
                .header("Origin", DEV_SERVER).GET().build(), BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("access-control-allow-origin")).isPresent();
    }
}
