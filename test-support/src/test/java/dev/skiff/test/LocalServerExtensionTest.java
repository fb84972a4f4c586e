package dev.skiff.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalServerExtensionTest {
    @RegisterExtension
    static LocalServerExtension server = LocalServerExtension.of(NotesApplication::create).with(b -> b.maxBodyBytes(16));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheApplicationOverRealHttp() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/notes/3")).build(),
                BodyHandlers.ofString());

        assertThat(server.port()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":3,\"text\":\"note 3\"}");
    }

    @Test
    void appliesTheGivenSettings() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/notes"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"longer than sixteen bytes\"}")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }
}
