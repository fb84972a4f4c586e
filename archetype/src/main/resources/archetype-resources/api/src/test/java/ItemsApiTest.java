package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.test.TestClient;
import dev.skiff.test.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API through Skiff's in-memory test client: what a caller sees, without a socket. */
class ItemsApiTest {
    private final TestClient client = TestClient.of(${classPrefix}Application.create());

    @Test
    void createdItemCanBeFetchedByItsId() {
        TestResponse created = client.post("/items").json(Map.of("name", "Lamp", "price", 12.5)).send();
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        Item lamp = created.as(Item.class);

        Item fetched = client.get("/items/" + lamp.id()).send().as(Item.class);

        assertThat(fetched).isEqualTo(lamp);
    }

    @Test
    void unknownItemIs404() {
        assertThat(client.get("/items/999").send().status()).isEqualTo(404);
    }

    @Test
    void negativePriceIs422AtThePrice() {
        TestResponse refused = client.post("/items").json(Map.of("name", "Lamp", "price", -1)).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"price\"]");
    }

    @Test
    void streamSendsOneJsonLinePerItem() {
        client.post("/items").json(Map.of("name", "Lamp", "price", 12.5)).send();
        client.post("/items").json(Map.of("name", "Desk", "price", 99)).send();

        assertThat(client.get("/items/stream").send().lines(Item.class))
                .extracting(Item::name).containsExactly("Lamp", "Desk");
    }

    @Test
    void openApiDocumentIsWrittenAtCompileTime() throws IOException {
        try (InputStream document = ${classPrefix}Application.class.getResourceAsStream("openapi.json")) {
            JsonNode openApi = new ObjectMapper().readTree(document);

            assertThat(openApi.get("info").get("title").asText()).isEqualTo("${title}");
            assertThat(openApi.get("paths").has("/items/{item_id}")).isTrue();
        }
    }
}
