package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The function of a streaming operation behind a REST API, as the CDK construct deploys it: one
 * function per operation ({@code SKIFF_OPERATION}), invoked by a STREAM integration with the REST
 * proxy event (payload 1.0). It answers in API Gateway's streaming format: a metadata document of
 * the four keys API Gateway accepts, eight NUL bytes, then the lines as they come.
 */
class RestStreamingTest {
    private RuntimeApiStandIn api;
    private RuntimeLoopTestSupport.Running loop;

    @BeforeEach
    void start() throws IOException {
        api = RuntimeApiStandIn.start();
        loop = RuntimeLoopTestSupport.start(api, 1, false, Map.of("SKIFF_OPERATION", "streamItems"));
    }

    @AfterEach
    void stop() throws IOException {
        loop.close();
        api.close();
    }

    /** A REST proxy event for {@code path} on stage {@code prod}. */
    private static byte[] rest(String method, String path) {
        return ("{\"resource\":\"" + path + "\",\"path\":\"" + path + "\",\"httpMethod\":\"" + method + "\","
                + "\"headers\":{\"Accept\":\"application/jsonl\"},\"multiValueHeaders\":{\"Accept\":[\"application/jsonl\"]},"
                + "\"queryStringParameters\":null,\"multiValueQueryStringParameters\":null,\"pathParameters\":null,"
                + "\"requestContext\":{\"stage\":\"prod\",\"path\":\"/prod" + path + "\",\"httpMethod\":\"" + method + "\","
                + "\"requestId\":\"rest-1\",\"identity\":{\"sourceIp\":\"192.0.2.1\"}},"
                + "\"body\":null,\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theStreamingOperation_streamsTheRestEventsAnswer() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-rest-stream", rest("GET", "/stream")));

        RuntimeApiStandIn.Posted posted = api.posted("req-rest-stream").awaitEnd();

        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        byte[] prelude = posted.chunks().get(0);
        assertThat(Arrays.copyOfRange(prelude, prelude.length - 8, prelude.length)).containsOnly(0);
        JsonNode metadata = Json.mapper().readTree(Arrays.copyOf(prelude, prelude.length - 8));
        metadata.fieldNames().forEachRemaining(key ->
                assertThat(key).isIn("statusCode", "headers", "multiValueHeaders", "cookies"));
        assertThat(metadata.get("statusCode").asInt()).isEqualTo(200);
        assertThat(metadata.get("headers").get("content-type").asText()).isEqualTo("application/jsonl");
        StringBuilder lines = new StringBuilder();
        posted.chunks().subList(1, posted.chunks().size())
                .forEach(chunk -> lines.append(new String(chunk, StandardCharsets.UTF_8)));
        assertThat(lines.toString()).startsWith("{\"id\":1}\n").endsWith("\n");
        assertThat(posted.trailers()).isEmpty();
    }

    @Test
    void behindABufferedIntegration_theStreamingOperationIsAnsweredWhole() throws Exception {
        // A fresh Runtime API: the first loop's worker may still hold a pending next on the old one.
        loop.close();
        api.close();
        api = RuntimeApiStandIn.start();
        loop = RuntimeLoopTestSupport.start(api, 1, false,
                Map.of("SKIFF_OPERATION", "streamItems", "SKIFF_RESPONSE_MODE", "buffered"));
        api.enqueue(RuntimeApiStandIn.Event.of("req-rest-buffered", rest("GET", "/stream")));

        RuntimeApiStandIn.Posted posted = api.posted("req-rest-buffered").awaitEnd();

        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isNull();
        assertThat(posted.chunked()).isFalse();
        JsonNode response = Json.mapper().readTree(posted.body());
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).startsWith("{\"id\":1}\n");
    }

    @Test
    void anUnknownResponseMode_isRefusedWhenTheRuntimeStarts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LambdaRuntime.Settings.streaming(
                        Map.of("SKIFF_RESPONSE_MODE", "chunked")::get))
                .hasMessage("SKIFF_RESPONSE_MODE must be streaming or buffered, not chunked");
    }

    @Test
    void anyOtherOperation_isNotFound_andAnsweredWhole() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-rest-other", rest("GET", "/items")));

        RuntimeApiStandIn.Posted posted = api.posted("req-rest-other").awaitEnd();

        assertThat(posted.chunked()).isFalse();
        JsonNode response = Json.mapper().readTree(posted.body());
        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Not Found\"}");
    }
}
