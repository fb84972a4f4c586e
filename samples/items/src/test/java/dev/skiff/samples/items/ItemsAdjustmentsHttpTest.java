package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.test.LocalServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A polymorphic body over HTTP: each kind of adjustment applied, and what FastAPI refuses in a discriminated union, refused alike. */
class ItemsAdjustmentsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create);

    @Test
    void adjustments_isDeclaredNonBlocking_soTheLocalServerAnswersItOnItsIoThread() {
        assertThat(ItemsApplication.create().routes().stream()
                .filter(dev.skiff.core.Route::nonBlocking).map(dev.skiff.core.Route::key))
                .containsExactly("POST /items/{id}/adjustments");
    }

    @Test
    void anAdjustmentOfAnUnknownItemIs404_withTheCorrelationIdEchoed() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(SERVER.uri("/items/999999/adjustments"))
                .header("content-type", "application/json").header("x-correlation-id", "adjust-404")
                .POST(BodyPublishers.ofString("{\"kind\":\"reprice\",\"price\":1}")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-correlation-id")).hasValue("adjust-404");
    }

    @Test
    void aRepriceSetsThePrice() throws Exception {
        long id = lamp();
        HttpResponse<String> response = post("/items/" + id + "/adjustments", "{\"price\":24.50,\"kind\":\"reprice\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("price").decimalValue()).isEqualByComparingTo("24.50");
    }

    @Test
    void aDiscountCutsThePrice() throws Exception {
        long id = lamp();
        HttpResponse<String> response = post("/items/" + id + "/adjustments", "{\"kind\":\"discount\",\"percent\":10}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("price").decimalValue()).isEqualByComparingTo("18.00");
    }

    @Test
    void aMissingKindIs422() throws Exception {
        HttpResponse<String> response = post("/items/" + lamp() + "/adjustments", "{\"percent\":10}");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"detail\":[{\"type\":\"union_tag_not_found\",\"loc\":[\"body\"],"
                + "\"msg\":\"Unable to extract tag using discriminator 'kind'\",\"input\":{\"percent\":10},"
                + "\"ctx\":{\"discriminator\":\"'kind'\"}}]}");
    }

    @Test
    void anUnknownKindIs422() throws Exception {
        HttpResponse<String> response = post("/items/" + lamp() + "/adjustments", "{\"kind\":\"refund\",\"percent\":10}");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("union_tag_invalid");
        assertThat(detail.get("msg").asText())
                .isEqualTo("Input tag 'refund' found using 'kind' does not match any of the expected tags: 'reprice', 'discount'");
    }

    @Test
    void aKindsConstraintsAreCheckedUnderItsName() throws Exception {
        HttpResponse<String> response = post("/items/" + lamp() + "/adjustments", "{\"kind\":\"discount\",\"percent\":95}");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"body\",\"discount\",\"percent\"]");
    }

    private static long lamp() throws Exception {
        return JSON.readTree(post("/items", "{\"name\":\"Lamp\",\"price\":20}").body()).get("id").asLong();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(SERVER.uri(path)).header("content-type", "application/json")
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
}
