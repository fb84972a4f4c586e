package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.ObservabilityTest;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lambda Managed Instances: 32 invocations at once in one JVM, with distinct correlation ids and
 * trace ids, sampled and not, succeeding and failing. Every log line, metric document, X-Ray
 * subsegment and response carries its own invocation's values and nobody else's.
 */
class ConcurrentInvocationsTest {
    private static final int INVOCATIONS = 32;

    private static String id(int i) {
        return i % 8 == 3 ? "boom" : i % 8 == 5 ? "0" : Integer.toString(100 + i);
    }

    /** Every eighth invocation streams (GET /stream, three JSON lines), the others answer whole. */
    private static boolean streams(int i) {
        return i % 8 == 7;
    }

    private static byte[] event(int i) {
        if (!streams(i)) {
            return ObservabilityTest.getItem(id(i), "corr-" + i);
        }
        return ("{\"version\":\"2.0\",\"rawPath\":\"/stream\",\"headers\":{\"X-Correlation-Id\":\"corr-" + i
                + "\"},\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"apigw-" + i + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int expectedStatus(int i) {
        return streams(i) ? 200 : i % 8 == 3 ? 500 : i % 8 == 5 ? 404 : 200;
    }

    private static String root(int i) {
        return String.format("1-5759e988-%024x", 0xabc000 + i);
    }

    @Test
    void thirtyTwoInvocationsAtOnce_shareNothing() throws Exception {
        try (RuntimeApiStandIn api = RuntimeApiStandIn.start();
             DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            api.holdUntilWaiting(INVOCATIONS);
            for (int i = 0; i < INVOCATIONS; i++) {
                String trace = "Root=" + root(i) + ";Parent=53995c3f42cd8ad8;Sampled=" + (i % 2 == 0 ? 1 : 0);
                api.enqueue(RuntimeApiStandIn.Event.of("req-" + i, event(i)).withTrace(trace));
            }
            Map<String, JsonNode> responses = new HashMap<>();
            try (RuntimeLoopTestSupport.Running loop = RuntimeLoopTestSupport.start(api, INVOCATIONS, false,
                    Map.of("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort()))) {
                for (int i = 0; i < INVOCATIONS; i++) {
                    RuntimeApiStandIn.Posted posted = api.posted("req-" + i).awaitEnd();
                    assertThat(posted.chunked()).as("streamed %d", i).isEqualTo(streams(i));
                    if (streams(i)) {
                        byte[] prelude = posted.chunks().get(0);
                        responses.put("req-" + i, Json.mapper().readTree(Arrays.copyOf(prelude, prelude.length - 8)));
                        assertThat(posted.chunks()).hasSize(4);
                    } else {
                        responses.put("req-" + i, Json.mapper().readTree(posted.body()));
                    }
                }
                List<JsonNode> emf = RuntimeLoopProtocolTest.await(() -> {
                    List<JsonNode> documents = loop.handler().emfDocuments().stream()
                            .filter(d -> d.has("function_request_id")).toList();
                    return documents.size() == INVOCATIONS ? documents : null;
                }, "a metric document per invocation");

                for (int i = 0; i < INVOCATIONS; i++) {
                    JsonNode response = responses.get("req-" + i);
                    assertThat(response.get("statusCode").asInt()).as("status of %d", i).isEqualTo(expectedStatus(i));
                    assertThat(response.get("headers").get("x-correlation-id").asText()).isEqualTo("corr-" + i);
                    if (expectedStatus(i) == 200 && !streams(i)) {
                        assertThat(response.get("body").asText()).contains("\"name\":\"Item " + id(i) + "\"");
                    }
                }
                assertLogsAreTheirOwn(loop.handler().logLines());
                assertMetricsAreTheirOwn(emf, loop.handler().emfDocuments());
                assertSubsegmentsAreTheirOwn(daemon);
                assertThat(System.getProperty(LambdaRuntime.TRACE_HEADER_PROPERTY)).isNull();
                assertThat(loop.fatal()).isEmpty();
            }
        }
    }

    private static void assertLogsAreTheirOwn(List<JsonNode> lines) {
        Map<String, Integer> accessLines = new HashMap<>();
        for (JsonNode line : lines) {
            if (!line.has("function_request_id")) {
                continue;
            }
            int i = Integer.parseInt(line.get("function_request_id").asText().substring(4));
            assertThat(line.get("xray_trace_id").asText()).as("trace of a line of %d", i).isEqualTo(root(i));
            if (line.has("correlation_id")) {
                assertThat(line.get("correlation_id").asText()).as("correlation of a line of %d", i)
                        .isEqualTo("corr-" + i);
            }
            if (line.has("item_id") && !streams(i)) {
                assertThat(line.get("item_id").asText()).isEqualTo(id(i));
            }
            if (line.has("route")) {
                assertThat(line.get("status").asInt()).isEqualTo(expectedStatus(i));
                assertThat(line.get("path").asText()).isEqualTo(streams(i) ? "/stream" : "/items/" + id(i));
                assertThat(line.has("stream")).isEqualTo(streams(i));
                assertThat(line.get("correlation_id").asText()).isEqualTo("corr-" + i);
                accessLines.merge("req-" + i, 1, Integer::sum);
            }
        }
        assertThat(accessLines).hasSize(INVOCATIONS).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        // Exactly one of them was the environment's cold start.
        assertThat(lines.stream().filter(l -> l.has("route") && l.get("cold_start").asBoolean())).hasSize(1);
    }

    private static void assertMetricsAreTheirOwn(List<JsonNode> perInvocation, List<JsonNode> all) {
        for (JsonNode document : perInvocation) {
            int i = Integer.parseInt(document.get("function_request_id").asText().substring(4));
            assertThat(document.get("xray_trace_id").asText()).isEqualTo(root(i));
            assertThat(document.get("RequestCount").asDouble()).isEqualTo(1.0);
            assertThat(document.has("ItemViewed")).isEqualTo(!streams(i));
            String outcome = expectedStatus(i) == 500 ? "Failure" : expectedStatus(i) == 404 ? "ClientError" : "Success";
            assertThat(document.get(outcome).asDouble()).as("%s of %d", outcome, i).isEqualTo(1.0);
        }
        assertThat(all.stream().filter(d -> d.has("ColdStart"))).hasSize(1);
    }

    private static void assertSubsegmentsAreTheirOwn(DatagramSocket daemon) throws IOException {
        daemon.setSoTimeout(2_000);
        List<JsonNode> documents = new ArrayList<>();
        Map<String, Integer> operations = new HashMap<>();
        while (true) {
            DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
            try {
                daemon.receive(packet);
            } catch (SocketTimeoutException allReceived) {
                break;
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            JsonNode document = Json.mapper().readTree(text.substring(text.indexOf('\n') + 1));
            documents.add(document);
            if (document.get("name").asText().startsWith("## ") && !document.get("name").asText().equals("## loadItem")) {
                operations.merge(document.get("trace_id").asText(), 1, Integer::sum);
            }
        }
        List<String> sampledRoots = new ArrayList<>();
        for (int i = 0; i < INVOCATIONS; i += 2) {
            sampledRoots.add(root(i));
        }
        assertThat(documents).allSatisfy(d -> assertThat(d.get("trace_id").asText()).isIn(sampledRoots));
        assertThat(operations).containsOnlyKeys(sampledRoots).allSatisfy((root, count) -> assertThat(count).isEqualTo(1));
        // Each sampled, succeeding invocation's own nested subsegment, under its own trace.
        for (int i = 0; i < INVOCATIONS; i += 2) {
            String root = root(i);
            long nested = documents.stream().filter(d -> d.get("name").asText().equals("## loadItem")
                    && d.get("trace_id").asText().equals(root)).count();
            assertThat(nested).as("loadItem of %d", i).isEqualTo(expectedStatus(i) == 200 && !streams(i) ? 1 : 0);
        }
    }
}
