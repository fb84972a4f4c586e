package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.test.LambdaTestContext;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** X-Ray subsegments, received by a UDP listener on loopback standing in for the daemon. */
class TracingTest {
    private static final String HEADER_LINE = "{\"format\":\"json\",\"version\":1}";
    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";
    private static final String PARENT = "53995c3f42cd8ad8";

    private DatagramSocket daemon;
    private TestHandler handler;

    @BeforeEach
    void startDaemon() throws IOException {
        daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        // A safety net against a hung build only; no assertion depends on timing.
        daemon.setSoTimeout(10_000);
        handler = TestHandler.create(Map.of("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort()));
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    private JsonNode receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
        daemon.receive(packet);
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER_LINE + "\n");
        return Json.mapper().readTree(text.substring(HEADER_LINE.length() + 1));
    }

    private static LambdaTestContext sampled(String requestId, boolean sampled) {
        return new LambdaTestContext(requestId, "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=" + (sampled ? 1 : 0));
    }

    @Test
    void sampledInvocation_sendsOperationSubsegmentWithAnnotations_andNestedUserSubsegment() throws IOException {
        handler.invoke(ObservabilityTest.getItem("42", null), sampled("r1", true));

        List<JsonNode> documents = List.of(receive(), receive());
        JsonNode nested = documents.get(0);
        JsonNode operation = documents.get(1);
        assertThat(operation.get("name").asText()).isEqualTo("## getItem");
        assertThat(operation.get("type").asText()).isEqualTo("subsegment");
        assertThat(operation.get("trace_id").asText()).isEqualTo(ROOT);
        assertThat(operation.get("parent_id").asText()).isEqualTo(PARENT);
        assertThat(operation.get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(operation.get("end_time").asDouble()).isGreaterThanOrEqualTo(operation.get("start_time").asDouble());
        assertThat(operation.get("annotations")).isEqualTo(Json.mapper().readTree("{\"ColdStart\":true,\"Service\":\"items\"}"));
        assertThat(nested.get("name").asText()).isEqualTo("## loadItem");
        assertThat(nested.get("parent_id").asText()).isEqualTo(operation.get("id").asText());
        assertThat(nested.get("trace_id").asText()).isEqualTo(ROOT);
    }

    @Test
    void failingOperation_recordsTheExceptionAsFault() throws IOException {
        handler.invoke(ObservabilityTest.getItem("1", null), sampled("warm-up", true));
        receive();
        receive();

        handler.invoke(ObservabilityTest.getItem("boom", null), sampled("r2", true));

        JsonNode operation = receive();
        assertThat(operation.get("name").asText()).isEqualTo("## getItem");
        assertThat(operation.get("annotations").get("ColdStart").asBoolean()).isFalse();
        assertThat(operation.get("fault").asBoolean()).isTrue();
        JsonNode exception = operation.get("cause").get("exceptions").get(0);
        assertThat(exception.get("type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(exception.get("message").asText()).isEqualTo("the store is down");
        assertThat(exception.get("stack").get(0).get("label").asText()).isEqualTo("dev.skiff.lambda.TestApi.getItem");
    }

    @Test
    void unsampledInvocations_sendNothing() throws IOException {
        handler.invoke(ObservabilityTest.getItem("1", null), sampled("not-sampled", false));
        handler.invoke(ObservabilityTest.getItem("2", null), new LambdaTestContext("no-header"));
        handler.invoke(ObservabilityTest.getItem("3", null), sampled("sampled", true));

        List<String> names = new ArrayList<>();
        names.add(receive().get("name").asText());
        names.add(receive().get("name").asText());
        // The first datagrams the daemon sees are the sampled invocation's: nothing came before.
        assertThat(names).containsExactly("## loadItem", "## getItem");
        assertThat(handler.logLines()).filteredOn(l -> l.has("route")).hasSize(3);
    }
}
