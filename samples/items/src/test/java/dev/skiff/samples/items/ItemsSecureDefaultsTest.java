package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Json;
import dev.skiff.test.LocalServerExtension;
import dev.skiff.test.RawHttp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Defaults that keep the sample safe without the user choosing them: the docs pages exist on the
 * local server only, and nothing a client sends picks a Java type to instantiate.
 */
class ItemsSecureDefaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void docsPages_areServedLocally_butNeverByTheLambdaHandler() throws IOException {
        ItemsLambdaHandler handler = new ItemsLambdaHandler();
        for (String path : new String[] {"/docs", "/redoc", "/openapi.json", "/webjars/swagger-ui/index.html"}) {
            JsonNode response = invoke(handler, path);

            assertThat(response.get("statusCode").asInt()).as(path).isEqualTo(404);
            assertThat(response.get("body").asText()).as(path).isEqualTo("{\"detail\":\"Not Found\"}");
        }
        assertThat(RawHttp.to(SERVER.port()).send("GET /docs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .status()).isEqualTo(200);
    }

    @Test
    void noDefaultTyping_theSharedMapperLetsNoClientNameAType() {
        var config = Json.mapper().getDeserializationConfig();

        assertThat(config.getDefaultTyper(Json.types().constructType(Object.class))).isNull();
        assertThat(config.getDefaultTyper(Json.types().constructType(NewItem.class))).isNull();
    }

    @Test
    void typeHintsInABody_areNothingButData_toTheGeneratedCodec() throws IOException {
        RawHttp.Response created = post("{\"@class\":\"java.net.URL\",\"name\":\"a\",\"price\":1,\"@type\":\"x\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(JSON.readTree(created.text()).has("@class")).isFalse();

        // databind's array form of a type hint is a list where an object belongs
        RawHttp.Response refused = post("{\"name\":\"a\",\"price\":1,"
                + "\"dimensions\":[\"java.util.concurrent.atomic.AtomicLong\",1]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(JSON.readTree(refused.text()).at("/detail/0/type").asText()).isEqualTo("model_attributes_type");
    }

    private static RawHttp.Response post(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.to(SERVER.port()).send(("POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Connection: close\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body));
    }

    private static JsonNode invoke(ItemsLambdaHandler handler, String path) throws IOException {
        String event = """
                {"version":"2.0","routeKey":"$default","rawPath":"%s","rawQueryString":"",
                 "headers":{"accept":"text/html"},
                 "requestContext":{"http":{"method":"GET","path":"%s","protocol":"HTTP/1.1","sourceIp":"192.0.2.1"},
                  "requestId":"docs-1","routeKey":"$default","stage":"$default"},
                 "isBase64Encoded":false}
                """.formatted(path, path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return JSON.readTree(out.toByteArray());
    }
}
