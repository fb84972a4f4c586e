package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.HandlerWithEnvironment;
import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's {@code @Traced} calls, woven by the processor into {@code TracedItemStore}, arrive
 * as X-Ray subsegments inside their operation's, at a UDP listener on loopback standing in for
 * the X-Ray daemon.
 */
class ItemsTracingTest {
    private static final String HEADER_LINE = "{\"format\":\"json\",\"version\":1}";
    private static final String ROOT = "1-6748c3a0-5f0e2c1b9a8d7e6f5a4b3c2d";
    private static final String PARENT = "7a1b2c3d4e5f6071";

    private DatagramSocket daemon;
    private HandlerWithEnvironment handler;

    @BeforeEach
    void startDaemon() throws IOException {
        daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        // A safety net against a hung build only; no assertion depends on timing.
        daemon.setSoTimeout(10_000);
        handler = new HandlerWithEnvironment(ItemsApplication.create(), Map.of(
                "AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort(),
                "POWERTOOLS_SERVICE_NAME", "items"));
    }

    @AfterEach
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void sampledCreate_sendsTheStoresAddAsSubsegmentOfTheOperation() throws IOException {
        JsonNode response = invoke("v2-create-item.json", sampled("post-1", true));

        JsonNode add = receive();
        JsonNode operation = receive();
        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(operation.get("name").asText()).isEqualTo("## createItem");
        assertThat(operation.get("parent_id").asText()).isEqualTo(PARENT);
        assertThat(add.get("name").asText()).isEqualTo("## add");
        assertThat(add.get("type").asText()).isEqualTo("subsegment");
        assertThat(add.get("trace_id").asText()).isEqualTo(ROOT);
        assertThat(add.get("parent_id").asText()).isEqualTo(operation.get("id").asText());
        assertThat(add.has("fault")).isFalse();
    }

    @Test
    void unsampledInvocations_sendNothing_theNextSampledOneSendsItsStoreCall() throws IOException {
        invoke("v2-create-item.json", sampled("post-1", false));
        invoke("v2-get-missing-item.json", new LambdaTestContext("get-999", null));

        JsonNode response = invoke("v2-get-item-encoded-path.json", sampled("get-1", true));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        // The first datagram the daemon sees is the sampled invocation's: nothing came before.
        assertThat(receive().get("name").asText()).isEqualTo("## find");
        assertThat(receive().get("name").asText()).isEqualTo("## getItem");
    }

    private JsonNode invoke(String fixture, LambdaTestContext context) throws IOException {
        byte[] event;
        try (InputStream in = ItemsTracingTest.class.getResourceAsStream("/events/" + fixture)) {
            event = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, context);
        return Json.mapper().readTree(out.toByteArray());
    }

    private static LambdaTestContext sampled(String requestId, boolean sampled) {
        return new LambdaTestContext(requestId, "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=" + (sampled ? 1 : 0));
    }

    private JsonNode receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[65_536], 65_536);
        daemon.receive(packet);
        String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(HEADER_LINE + "\n");
        return Json.mapper().readTree(text.substring(HEADER_LINE.length() + 1));
    }
}
