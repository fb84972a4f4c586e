package dev.skiff.lambda.powertools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.EmfAssert;
import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same observability contract through real Powertools logging and metrics. */
class PowertoolsBackendTest {
    private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";
    private static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();
    private static PrintStream original;
    private static ItemsHandler handler;
    private static JsonNode firstResponse;

    @BeforeAll
    static void invokeTwice() throws IOException {
        original = System.out;
        System.setOut(new PrintStream(STDOUT, true, StandardCharsets.UTF_8));
        handler = new ItemsHandler();
        firstResponse = invoke("42", null, "lambda-req-1");
        invoke("boom", "corr-9", "lambda-req-2");
    }

    @AfterAll
    static void restoreStdout() {
        System.setOut(original);

    }

    private static JsonNode invoke(String id, String correlationId, String requestId) throws IOException {
        String headers = correlationId == null ? "{}" : "{\"x-correlation-id\":\"" + correlationId + "\"}";
        String event = "{\"version\":\"2.0\",\"rawPath\":\"/items/" + id + "\",\"headers\":" + headers
                + ",\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"apigw-" + id + "\"}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LambdaTestContext(requestId, TRACE));
        return Json.mapper().readTree(out.toByteArray());
    }

    private static List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : STDOUT.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("{")) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return lines;
    }

    private static List<JsonNode> emf() throws IOException {
        return lines().stream().filter(l -> l.has("_aws")).toList();
    }

    private static JsonNode logLine(String messageStart, String requestId) throws IOException {
        return lines().stream().filter(l -> l.has("level") && l.get("message").asText().startsWith(messageStart)
                        && l.path("function_request_id").asText().equals(requestId))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + messageStart + " in " + STDOUT));
    }

    @Test
    void responsesAreTheSame() {
        assertThat(firstResponse.get("statusCode").asInt()).isEqualTo(200);
        assertThat(firstResponse.get("headers").get("x-correlation-id").asText()).isEqualTo("apigw-42");
    }

    @Test
    void handlerLogLine_hasThePowertoolsKeysWithTheFrameworksValues() throws IOException {
        JsonNode line = logLine("Fetching item", "lambda-req-1");

        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(line.get("service").asText()).isEqualTo("items");
        assertThat(line.get("cold_start").isBoolean()).isTrue();
        assertThat(line.get("cold_start").asBoolean()).isTrue();
        assertThat(line.get("function_name").asText()).isEqualTo("items-api");
        assertThat(line.get("function_version").asText()).isEqualTo("$LATEST");
        assertThat(line.get("function_memory_size").asInt()).isEqualTo(512);
        assertThat(line.get("function_arn").asText()).isEqualTo(LambdaTestContext.ARN);
        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.get("correlation_id").asText()).isEqualTo("apigw-42");
        assertThat(line.get("item_id").asText()).isEqualTo("42");
    }

    @Test
    void secondInvocation_isWarm_andCarriesItsOwnCorrelationId() throws IOException {
        JsonNode line = logLine("Fetching item", "lambda-req-2");

        assertThat(line.get("cold_start").asBoolean()).isFalse();
        assertThat(line.get("correlation_id").asText()).isEqualTo("corr-9");
    }

    @Test
    void unhandledException_isLoggedWithErrorObjectAndCorrelationId() throws IOException {
        JsonNode line = lines().stream().filter(l -> "ERROR".equals(l.path("level").asText())).findFirst().orElseThrow();

        assertThat(line.get("correlation_id").asText()).isEqualTo("corr-9");
        assertThat(line.get("error").get("name").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.get("error").get("message").asText()).isEqualTo("the store is down");
        assertThat(line.get("error").get("stack").asText()).contains("java.lang.IllegalStateException: the store is down");
    }

    @Test
    void accessLine_hasMethodPathRouteStatusAndLatency() throws IOException {
        JsonNode line = logLine("GET /items/42 200", "lambda-req-1");

        assertThat(line.get("route").asText()).isEqualTo("GET /items/{id}");
        assertThat(line.get("status").asText()).isEqualTo("200");
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("path").asText()).isEqualTo("/items/42");
        assertThat(line.has("latency_ms")).isTrue();
    }

    @Test
    void emf_coldStartOnce_andDefaultsPerInvocation_withRouteTemplateDimension() throws IOException {
        List<JsonNode> documents = emf();

        List<JsonNode> cold = documents.stream().filter(d -> d.has("ColdStart")).toList();
        assertThat(cold).hasSize(1);
        assertThat(EmfAssert.validMetrics(cold.get(0))).containsEntry("ColdStart", "Count");
        assertThat(EmfAssert.dimensionSets(cold.get(0))).containsExactly(List.of("Service", "FunctionName"));
        assertThat(cold.get(0).get("FunctionName").asText()).isEqualTo("items-api");

        List<JsonNode> requests = documents.stream().filter(d -> d.has("RequestCount")).toList();
        assertThat(requests).hasSize(2);
        for (JsonNode request : requests) {
            assertThat(EmfAssert.validMetrics(request)).containsEntry("RequestCount", "Count")
                    .containsEntry("ItemViewed", "Count").containsEntry("Latency", "Milliseconds");
            assertThat(request.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText()).isEqualTo("Skiff/Test");
            assertThat(EmfAssert.dimensionSets(request)).containsExactly(List.of("Service", "route"));
            assertThat(request.get("Service").asText()).isEqualTo("items");
            assertThat(request.get("route").asText()).isEqualTo("GET_/items/{id}");
        }
        assertThat(requests.get(0).get("function_request_id").asText()).isEqualTo("lambda-req-1");
        assertThat(requests.get(1).get("function_request_id").asText()).isEqualTo("lambda-req-2");
        assertThat(requests.get(0).has("Success")).isTrue();
        assertThat(requests.get(1).has("Failure")).isTrue();
        assertThat(requests.get(1).has("Success")).isFalse();
    }
}
