package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.Test;

/** Extra endpoints get the body under the same limit and the application being served now. */
class EndpointTest {

    @Test
    void endpoint_seesTheRequestAndTheCurrentApplication() throws Exception {
        TestApplication first = new TestApplication("first");
        try (LocalServer server = LocalServer.builder(first.application()).port(0).maxBodyBytes(64)
                .endpoint("/_echo", (request, current) -> HttpResponse.text(200,
                        request.method() + " " + request.body().length + " bytes for " + current.version()))
                .endpoint("/_broken", (request, current) -> {
                    throw new IllegalStateException("endpoint internals");
                })
                .build().start()) {
            Http http = new Http(server);

            assertThat(http.send(http.request("/_echo").POST(BodyPublishers.ofString("hello"))).body())
                    .isEqualTo("POST 5 bytes for 1.2.3");
            assertThat(http.send(http.request("/_echo").POST(BodyPublishers.ofString("x".repeat(100)))).statusCode())
                    .isEqualTo(413);
            java.net.http.HttpResponse<String> broken = http.get("/_broken");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
            assertThat(http.get("/hello").body()).isEqualTo("{\"message\":\"first\"}");
        }
    }
}
