package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Log lines and EMF documents of the lean default backend, captured from stdout and parsed. */
public class ObservabilityTest {
    private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";

    public static byte[] getItem(String id, String correlationHeader) {
        String headers = correlationHeader == null ? "{}" : "{\"X-Correlation-Id\":\"" + correlationHeader + "\"}";
        return ("{\"version\":\"2.0\",\"rawPath\":\"/items/" + id + "\",\"headers\":" + headers
                + ",\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"apigw-" + id + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode line(List<JsonNode> lines, String messageStart) {
        return lines.stream().filter(l -> l.get("message").asText().startsWith(messageStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + messageStart + " in " + lines));
    }

    @Test
    void handlerLogLine_hasPowertoolsKeys_keyValues_andTheCorrelationId() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("42", null), new LambdaTestContext("lambda-req-1", TRACE));

        JsonNode line = line(handler.logLines(), "Fetching item");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(line.get("service").asText()).isEqualTo("items");
        assertThat(line.get("cold_start").isBoolean()).isTrue();
        assertThat(line.get("cold_start").asBoolean()).isTrue();
        assertThat(line.get("function_name").asText()).isEqualTo("items-api");
        assertThat(line.get("function_version").asText()).isEqualTo("$LATEST");
        assertThat(line.get("function_memory_size").isInt()).isTrue();
        assertThat(line.get("function_memory_size").asInt()).isEqualTo(512);
        assertThat(line.get("function_arn").asText()).isEqualTo(LambdaTestContext.ARN);
        assertThat(line.get("function_request_id").asText()).isEqualTo("lambda-req-1");
        assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(line.get("correlation_id").asText()).isEqualTo("apigw-42");
        assertThat(line.get("item_id").asText()).isEqualTo("42");
    }

    @Test
    void coldStart_isTrueOnlyForTheFirstInvocation() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("1", null), new LambdaTestContext("first"));
        handler.invoke(getItem("2", null), new LambdaTestContext("second"));

        List<JsonNode> lines = handler.logLines();
        assertThat(lines).filteredOn(l -> l.get("function_request_id").asText().equals("first"))
                .isNotEmpty().allMatch(l -> l.get("cold_start").asBoolean());
        assertThat(lines).filteredOn(l -> l.get("function_request_id").asText().equals("second"))
                .isNotEmpty().noneMatch(l -> l.get("cold_start").asBoolean());
        assertThat(handler.emfDocuments()).filteredOn(d -> d.has("ColdStart")).hasSize(1);
    }

    @Test
    void accessLine_onePerRequest_withMethodPathRouteStatusAndLatency() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("42", "corr-1"), new LambdaTestContext("r1"));

        List<JsonNode> access = handler.logLines().stream().filter(l -> l.has("route")).toList();
        assertThat(access).hasSize(1);
        JsonNode line = access.get(0);
        assertThat(line.get("method").asText()).isEqualTo("GET");
        assertThat(line.get("path").asText()).isEqualTo("/items/42");
        assertThat(line.get("route").asText()).isEqualTo("GET /items/{id}");
        assertThat(line.get("status").asText()).isEqualTo("200");
        assertThat(Double.parseDouble(line.get("latency_ms").asText())).isGreaterThanOrEqualTo(0);
        assertThat(line.get("correlation_id").asText()).isEqualTo("corr-1");
    }

    @Test
    void unhandledException_loggedAtErrorWithStackAndCorrelationId_countedAsFailure() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("boom", "corr-9"), new LambdaTestContext("r-boom"));

        JsonNode error = handler.logLines().stream().filter(l -> l.get("level").asText().equals("ERROR"))
                .findFirst().orElseThrow();
        assertThat(error.get("correlation_id").asText()).isEqualTo("corr-9");
        assertThat(error.get("error").get("name").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("error").get("message").asText()).isEqualTo("the store is down");
        assertThat(error.get("error").get("stack").asText())
                .startsWith("java.lang.IllegalStateException: the store is down\n\tat dev.skiff.lambda.TestApi.getItem");
        JsonNode metrics = handler.emfDocuments().stream().filter(d -> d.has("RequestCount")).findFirst().orElseThrow();
        assertThat(metrics.has("Failure")).isTrue();
        assertThat(metrics.has("Success")).isFalse();
    }

    @Test
    void nothingLeaksIntoTheNextInvocationOrOutsideOne() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("1", "corr-first"), new LambdaTestContext("first"));
        handler.invoke(getItem("2", null), new LambdaTestContext("second"));
        LoggerFactory.getLogger("outside").info("between invocations");

        assertThat(handler.logLines()).filteredOn(l -> l.get("function_request_id") != null
                        && l.get("function_request_id").asText().equals("second"))
                .isNotEmpty().allMatch(l -> l.get("correlation_id").asText().equals("apigw-2"));
        JsonNode outside = line(handler.logLines(), "between invocations");
        assertThat(outside.has("correlation_id")).isFalse();
        assertThat(outside.has("function_request_id")).isFalse();
        assertThat(outside.has("item_id")).isFalse();
        Map<String, String> mdc = MDC.getCopyOfContextMap();
        assertThat(mdc == null || mdc.isEmpty()).isTrue();
    }

    @Test
    void logLevel_powertoolsVariableWins_overLambdasOwn() {
        TestHandler warnOnly = TestHandler.create(Map.of("POWERTOOLS_LOG_LEVEL", "WARN", "AWS_LAMBDA_LOG_LEVEL", "DEBUG"));
        warnOnly.invoke(getItem("boom", null), new LambdaTestContext("r"));
        assertThat(warnOnly.logLines()).isNotEmpty().allMatch(l -> l.get("level").asText().equals("ERROR"));

        TestHandler lambdaLevel = TestHandler.create(Map.of("AWS_LAMBDA_LOG_LEVEL", "ERROR"));
        lambdaLevel.invoke(getItem("42", null), new LambdaTestContext("r"));
        assertThat(lambdaLevel.logLines()).isEmpty();
    }

    @Test
    void logEventVariable_logsTheIncomingEvent() {
        TestHandler handler = TestHandler.create(Map.of("POWERTOOLS_LOGGER_LOG_EVENT", "true"));

        handler.invoke(getItem("42", null), new LambdaTestContext("r"));

        assertThat(line(handler.logLines(), "Handler Event").get("message").asText()).contains("\"rawPath\":\"/items/42\"");
    }

    @Test
    void emf_followsTheSpecification_withRouteTemplateAndDefaults() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("42", null), new LambdaTestContext("r1"));

        List<JsonNode> documents = handler.emfDocuments();
        assertThat(documents).hasSize(2);
        JsonNode cold = documents.get(0);
        assertThat(EmfAssert.validMetrics(cold)).containsExactly(entry("ColdStart", "Count"));
        assertThat(EmfAssert.dimensions(cold)).containsExactly("Service", "FunctionName");
        assertThat(cold.get("FunctionName").asText()).isEqualTo("items-api");
        JsonNode request = documents.get(1);
        assertThat(EmfAssert.validMetrics(request)).containsExactly(
                entry("ItemViewed", "Count"), entry("RequestCount", "Count"), entry("Success", "Count"),
                entry("Latency", "Milliseconds"));
        assertThat(request.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText()).isEqualTo("Skiff/Test");
        assertThat(EmfAssert.dimensions(request)).containsExactly("Service", "route");
        assertThat(request.get("Service").asText()).isEqualTo("items");
        assertThat(request.get("function_request_id").asText()).isEqualTo("r1");
        assertThat(request.get("route").asText()).isEqualTo("GET /items/{id}");
        assertThat(request.get("RequestCount").asDouble()).isEqualTo(1.0);
    }

    @Test
    void emf_clientErrorsAndUnmatchedPaths_neverUseTheRawPath() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("0", null), new LambdaTestContext("r-404-handler"));
        handler.invoke(("{\"version\":\"2.0\",\"rawPath\":\"/secret/123\",\"requestContext\":{\"http\":"
                + "{\"method\":\"GET\"},\"requestId\":\"x\"}}").getBytes(StandardCharsets.UTF_8), new LambdaTestContext("r-404"));

        List<JsonNode> requests = handler.emfDocuments().stream().filter(d -> d.has("RequestCount")).toList();
        assertThat(requests).hasSize(2).allMatch(d -> d.has("ClientError") && !d.has("Success"));
        assertThat(requests.get(0).get("route").asText()).isEqualTo("GET /items/{id}");
        assertThat(requests.get(1).get("route").asText()).isEqualTo("UNMATCHED");
    }

    @Test
    void debugSampling_logsPickedInvocationsAtDebug_withSamplingRate_andStopsAfterThem() {
        TestHandler handler = TestHandler.create(Map.of("POWERTOOLS_LOGGER_SAMPLE_RATE", "1"));

        handler.invoke(getItem("42", null), new LambdaTestContext("sampled"));
        LoggerFactory.getLogger("outside").debug("after the invocation");

        JsonNode changed = line(handler.logLines(), "Changed log level to DEBUG");
        assertThat(changed.get("level").asText()).isEqualTo("DEBUG");
        assertThat(changed.get("sampling_rate").isNumber()).isTrue();
        assertThat(changed.get("sampling_rate").asDouble()).isEqualTo(1.0);
        assertThat(handler.logLines()).noneMatch(l -> l.get("message").asText().equals("after the invocation"));
    }

    @Test
    void withoutSampling_debugStaysOff() {
        TestHandler handler = TestHandler.create();

        handler.invoke(getItem("42", null), new LambdaTestContext("plain"));

        assertThat(handler.logLines()).isNotEmpty()
                .noneMatch(l -> l.get("level").asText().equals("DEBUG") || l.has("sampling_rate"));
    }
}
