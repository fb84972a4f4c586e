package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * AWS-documented event shapes (HTTP API payload 2.0, Function URL, REST API payload 1.0 with a
 * stage) driven through the sample's real Lambda handler, asserting whole responses.
 */
class ItemsLambdaHandlerTest {
    private final ItemsLambdaHandler handler = new ItemsLambdaHandler();

    private JsonNode invoke(String fixture) throws IOException {
        byte[] event;
        try (InputStream in = ItemsLambdaHandlerTest.class.getResourceAsStream("/events/" + fixture)) {
            event = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, null);
        return withoutTiming(Json.mapper().readTree(out.toByteArray()));
    }

    /**
     * The response without the sample's {@code server-timing} header, whose duration varies; every
     * operation that answered itself carries one.
     */
    static JsonNode withoutTiming(JsonNode response) {
        JsonNode headers = response.get("headers");
        if (headers instanceof com.fasterxml.jackson.databind.node.ObjectNode editable && headers.has("server-timing")) {
            assertThat(headers.get("server-timing").asText()).matches("app;dur=\\d+\\.\\d");
            editable.remove("server-timing");
        } else if (response.get("statusCode").asInt() < 400) {
            throw new AssertionError("an answered operation without server-timing: " + response);
        }
        return response;
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }

    /** The created lamp, as it appears (escaped) inside a response's {@code body} string. */
    private static final String LAMP = "{\\\"id\\\":1,\\\"name\\\":\\\"Desk lamp\\\",\\\"price\\\":19.9,\\\"tags\\\":[\\\"home\\\",\\\"light\\\"],\\\"dimensions\\\":null,\\\"contactEmail\\\":null}";

    @Test
    void httpApiPost_createsTheItem_201() throws IOException {
        assertThat(invoke("v2-create-item.json")).isEqualTo(json("""
                {"statusCode":201,
                 "headers":{"content-type":"application/json","x-correlation-id":"post-1"},
                 "body":"%s","isBase64Encoded":false}
                """.formatted(LAMP)));
    }

    @Test
    void functionUrlPostWithBase64Body_createsTheItem() throws IOException {
        invoke("v2-create-item.json");

        assertThat(invoke("function-url-create-item-base64.json")).isEqualTo(json("""
                {"statusCode":201,
                 "headers":{"content-type":"application/json","x-correlation-id":"post-2"},
                 "body":"{\\"id\\":2,\\"name\\":\\"Chair\\",\\"price\\":49.5,\\"tags\\":[],\\"dimensions\\":null,\\"contactEmail\\":null}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void httpApiGetOnAPercentEncodedPath_findsTheItem_andEchoesTheCallersCorrelationId() throws IOException {
        invoke("v2-create-item.json");

        assertThat(invoke("v2-get-item-encoded-path.json")).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"corr-get-1"},
                 "body":"%s","isBase64Encoded":false}
                """.formatted(LAMP)));
    }

    @Test
    void missingItem_is404WithDetail() throws IOException {
        assertThat(invoke("v2-get-missing-item.json")).isEqualTo(json("""
                {"statusCode":404,
                 "headers":{"content-type":"application/json","x-correlation-id":"get-999"},
                 "body":"{\\"detail\\":\\"Item not found\\"}","isBase64Encoded":false}
                """));
    }

    @Test
    void invalidQueryParameter_is422InFastApisShape() throws IOException {
        assertThat(invoke("v2-list-invalid-limit.json")).isEqualTo(json("""
                {"statusCode":422,
                 "headers":{"content-type":"application/json","x-correlation-id":"list-bad"},
                 "body":"{\\"detail\\":[{\\"type\\":\\"int_parsing\\",\\"loc\\":[\\"query\\",\\"limit\\"],\\"msg\\":\\"Input should be a valid integer, unable to parse string as an integer\\",\\"input\\":\\"abc\\"}]}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void httpApiRepeatedQueryParameters_lastValueBindsAsInStarlette() throws IOException {
        invoke("v2-create-item.json");
        invoke("function-url-create-item-base64.json");

        assertThat(invoke("v2-list-items-query.json")).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"list-1"},
                 "body":"[%s]","isBase64Encoded":false}
                """.formatted(LAMP)));
    }

    @Test
    void restApiWithStagePrefixAndMultiValueQuery_answersInPayload1Format() throws IOException {
        invoke("v2-create-item.json");
        invoke("function-url-create-item-base64.json");

        assertThat(invoke("v1-rest-stage-list.json")).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"c6af9ac6-7b61-11e6-9a41-93e8deadbeef"},
                 "multiValueHeaders":{},
                 "body":"[%s]","isBase64Encoded":false}
                """.formatted(LAMP)));
    }

    private JsonNode get(String path) throws IOException {
        String event = """
                {"version":"2.0","rawPath":"%s","rawQueryString":"",
                 "requestContext":{"http":{"method":"GET","path":"%1$s"},"requestId":"get-%1$s"}}
                """.formatted(path);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out,
                null);
        return Json.mapper().readTree(out.toByteArray());
    }

    @Test
    void htmlCard_isTextWithOneContentType() throws IOException {
        invoke("v2-create-item.json");

        JsonNode card = get("/items/1/card");

        assertThat(card.get("headers").get("content-type").asText()).isEqualTo("text/html; charset=utf-8");
        assertThat(card.get("body").asText()).isEqualTo("<article><h1>Desk lamp</h1><p>19.9 EUR</p></article>");
        assertThat(card.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void serverSentEvents_areAnsweredWhole_onABufferedInvocation() throws IOException {
        invoke("v2-create-item.json");

        JsonNode events = get("/items/events");

        assertThat(events.get("headers").get("content-type").asText()).isEqualTo("text/event-stream");
        assertThat(events.get("body").asText()).isEqualTo("id: 1\nevent: item\ndata: %s\n\n"
                .formatted(LAMP.replace("\\\"", "\"")));
    }

    @Test
    void me_resolvesTheCallerDependencyFromTheJwtAuthorizer() throws IOException {
        assertThat(invoke("v2-me-jwt.json")).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"me-1"},
                 "body":"{\\"principal\\":\\"user-1\\",\\"kind\\":\\"JWT\\"}","isBase64Encoded":false}
                """));
    }
}
