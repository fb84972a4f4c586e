package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a REST API's proxy integration API Gateway answers only the preflight: the function's own
 * answers, errors included, must name an allowed origin for a browser to read them.
 */
class AllowedOriginsTest {

    private static byte[] rest(String path, String origin) {
        return ("{\"resource\":\"" + path + "\",\"path\":\"" + path + "\",\"httpMethod\":\"GET\","
                + "\"headers\":{\"Origin\":\"" + origin + "\"},\"multiValueHeaders\":{\"Origin\":[\"" + origin + "\"]},"
                + "\"requestContext\":{\"stage\":\"prod\",\"requestId\":\"r-1\",\"identity\":{\"sourceIp\":\"192.0.2.1\"}},"
                + "\"body\":null,\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode headers(TestHandler handler, String path, String origin) {
        return handler.invoke(rest(path, origin), new LambdaTestContext("req")).get("headers");
    }

    @Test
    void aListedOriginIsNamed_onAnswersAndErrors() {
        TestHandler handler = TestHandler.create(Map.of("ALLOWED_ORIGINS", "https://app.example.com, https://admin.example.com"));

        JsonNode ok = headers(handler, "/items/42", "https://admin.example.com");
        JsonNode notFound = headers(handler, "/nowhere", "https://app.example.com");

        assertThat(ok.get("access-control-allow-origin").asText()).isEqualTo("https://admin.example.com");
        assertThat(ok.get("vary").asText()).isEqualTo("Origin");
        assertThat(notFound.get("access-control-allow-origin").asText()).isEqualTo("https://app.example.com");
    }

    @Test
    void anotherOriginIsNotNamed() {
        TestHandler handler = TestHandler.create(Map.of("ALLOWED_ORIGINS", "https://app.example.com"));

        assertThat(headers(handler, "/items/42", "https://evil.example.com").has("access-control-allow-origin")).isFalse();
    }

    @Test
    void aWildcardAllowsEveryOrigin() {
        TestHandler handler = TestHandler.create(Map.of("ALLOWED_ORIGINS", "*"));

        assertThat(headers(handler, "/items/42", "https://any.example.com").get("access-control-allow-origin").asText())
                .isEqualTo("*");
    }

    @Test
    void unsetAddsNothing() {
        TestHandler handler = TestHandler.create(Map.of());

        assertThat(headers(handler, "/items/42", "https://app.example.com").has("access-control-allow-origin")).isFalse();
    }
}
