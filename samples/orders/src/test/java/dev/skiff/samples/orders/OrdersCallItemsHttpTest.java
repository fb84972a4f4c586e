package dev.skiff.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.HttpException;
import dev.skiff.client.sigv4.SigV4Signer;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.samples.items.Item;
import dev.skiff.samples.items.ItemsApplication;
import dev.skiff.samples.items.ItemsClient;
import dev.skiff.samples.items.NewItem;
import dev.skiff.test.LocalServerExtension;
import dev.skiff.test.TestClient;
import dev.skiff.test.TestResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The orders API calling the items sample, really running on a local server, through the
 * generated {@code ItemsClient}: what a caller of orders sees when items answers, when the item
 * does not exist, when items refuses or is down, and that a signer's headers reach items.
 */
class OrdersCallItemsHttpTest {
    /** What items received: each request's Authorization and X-Amz-Date headers. */
    static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    /** When set, items answers every operation with this status, as API Gateway does without a grant. */
    static volatile Integer refuseWith;

    static final OperationInterceptor RECORDER = (route, context, call, next) -> {
        RECEIVED.add(Map.of(
                "authorization", context.header("authorization").orElse(""),
                "x-amz-date", context.header("x-amz-date").orElse("")));
        if (refuseWith != null) {
            throw new HttpException(refuseWith, "Forbidden");
        }
        return next.invoke(call);
    };

    @RegisterExtension
    static final LocalServerExtension ITEMS = LocalServerExtension.of(
            () -> ItemsApplication.create().withInterceptor(RECORDER));

    private static final NewItem LAMP = new NewItem("Lamp", new BigDecimal("19.90"), List.of("home"),
            Optional.empty(), Optional.empty());

    @BeforeEach
    void reset() {
        RECEIVED.clear();
        refuseWith = null;
    }

    private static ItemsClient items() {
        return ItemsClient.builder(ITEMS.baseUri()).timeout(Duration.ofSeconds(10)).build();
    }

    private static TestResponse placeOrder(ItemsClient items, long itemId, int quantity) {
        return TestClient.of(OrdersApplication.create(items)).post("/orders")
                .body("application/json", "{\"itemId\": " + itemId + ", \"quantity\": " + quantity + "}")
                .send();
    }

    @Test
    void order_isPricedByTheItemsApi() {
        Item lamp = items().createItem(LAMP);

        TestResponse response = placeOrder(items(), lamp.id(), 3);

        assertThat(response.status()).isEqualTo(201);
        JsonNode order = response.json();
        assertThat(order.get("itemId").asLong()).isEqualTo(lamp.id());
        assertThat(order.get("itemName").asText()).isEqualTo("Lamp");
        assertThat(order.get("quantity").asInt()).isEqualTo(3);
        assertThat(order.get("unitPrice").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("59.70");
        assertThat(order.get("id").asText()).isNotBlank();
    }

    @Test
    void unknownItem_is422PointingAtItemId() {
        TestResponse response = placeOrder(items(), 424242, 1);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.bodyText()).isEqualTo("{\"detail\":[{\"type\":\"unknown_item\",\"loc\":[\"body\",\"itemId\"],"
                + "\"msg\":\"No item has the id 424242\",\"input\":424242}]}");
    }

    @Test
    void itemsRefusing_is502SayingSo() {
        refuseWith = 403;

        TestResponse response = placeOrder(items(), 1, 1);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.bodyText()).isEqualTo("{\"detail\":\"The items API answered 403 when asked for item 1\"}");
    }

    @Test
    void aWrongItemsUrl_is502_notAnUnknownItem() {
        // a base path items does not serve: its router's 404 says nothing about the item
        ItemsClient misconfigured = ItemsClient.builder(ITEMS.baseUri().resolve("/prod")).build();

        TestResponse response = placeOrder(misconfigured, 1, 1);

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.bodyText()).isEqualTo("{\"detail\":\"The items API answered 404 when asked for item 1\"}");
    }

    @Test
    void itemsDown_is503SayingSo() throws IOException {
        URI nothingListening;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListening = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        TestResponse response = placeOrder(ItemsClient.builder(nothingListening).build(), 1, 1);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.bodyText())
                .isEqualTo("{\"detail\":\"The items API could not be reached; try again later\"}");
    }

    @Test
    void signer_signsTheCallItemsReceives() {
        Item lamp = items().createItem(LAMP);
        RECEIVED.clear();
        SigV4Signer signer = SigV4Signer.of(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")),
                Region.EU_WEST_1, SigV4Signer.EXECUTE_API,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

        TestResponse response = placeOrder(ItemsClient.builder(ITEMS.baseUri()).signer(signer).build(), lamp.id(), 1);

        assertThat(response.status()).isEqualTo(201);
        assertThat(RECEIVED).singleElement().satisfies(received -> {
            assertThat(received.get("authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKID/20260102/eu-west-1/execute-api/aws4_request, "
                            + "SignedHeaders=")
                    .containsPattern(", Signature=[0-9a-f]{64}$");
            assertThat(received.get("x-amz-date")).isEqualTo("20260102T030405Z");
        });
    }
}
