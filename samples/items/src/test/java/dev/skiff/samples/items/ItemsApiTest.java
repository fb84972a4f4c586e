package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.TestClient;
import dev.skiff.test.TestResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The items API through the in-memory test client: what a client of the API sees, without a socket. */
class ItemsApiTest {
    private final TestClient client = TestClient.of(
            SkiffRoutes.create(new ItemsApi(new ItemStore(), index -> { }))
                    .withResolver(Caller.class, Caller::of));

    private Item create(String name, String price, String... tags) {
        TestResponse created = client.post("/items")
                .json(Map.of("name", name, "price", new BigDecimal(price), "tags", List.of(tags))).send();
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        return created.as(Item.class);
    }

    @Test
    void createdItemGetsAnIdAndCanBeFetched() {
        Item lamp = create("Lamp", "19.90", "home");

        Item fetched = client.get("/items/" + lamp.id()).send().as(Item.class);

        assertThat(fetched).isEqualTo(lamp);
        assertThat(fetched.price()).isEqualByComparingTo("19.90");
        assertThat(fetched.tags()).containsExactly("home");
        assertThat(fetched.dimensions()).isEmpty();
    }

    @Test
    void listFiltersByNameIgnoringCaseAndHonoursLimit() {
        create("Red quokka", "1");
        create("Blue quokka", "2");
        create("Kettle", "3");

        List<Item> quokkas = client.get("/items").query("q", "QUOKKA").send().as(new TypeReference<List<Item>>() { });
        List<Item> one = client.get("/items").query("q", "quokka").query("limit", 1).send()
                .as(new TypeReference<List<Item>>() { });

        assertThat(quokkas).extracting(Item::name).containsExactlyInAnyOrder("Red quokka", "Blue quokka");
        assertThat(one).hasSize(1);
    }

    @Test
    void limitAboveItsMaximumIs422AtQueryLimit() {
        JsonNode detail = client.get("/items").query("limit", 1000).send().json().get("detail").get(0);

        assertThat(detail.get("loc").toString()).isEqualTo("[\"query\",\"limit\"]");
    }

    @Test
    void listByTagNeedsTheTag() {
        create("Kettle", "30", "kitchen");
        create("Lamp", "20", "home");

        assertThat(client.get("/items/by-tag").query("tag", "kitchen").send().as(new TypeReference<List<Item>>() { }))
                .extracting(Item::name).containsExactly("Kettle");
        TestResponse missing = client.get("/items/by-tag").send();
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/detail/0/loc").toString()).isEqualTo("[\"query\",\"tag\"]");
        assertThat(missing.json().at("/detail/0/msg").asText()).isEqualTo("Field required");
    }

    @Test
    void replaceChangesTheItemAndKeepsItsId() {
        Item lamp = create("Lamp", "19.90");

        Item replaced = client.put("/items/" + lamp.id())
                .json(Map.of("name", "Desk lamp", "price", 24, "dimensions", Map.of("width", 10, "height", 40, "depth", 10)))
                .send().as(Item.class);

        assertThat(replaced.id()).isEqualTo(lamp.id());
        assertThat(replaced.name()).isEqualTo("Desk lamp");
        assertThat(replaced.dimensions()).contains(new Dimensions(10, 40, 10));
        assertThat(client.get("/items/" + lamp.id()).send().as(Item.class)).isEqualTo(replaced);
    }

    @Test
    void deleteAnswers204ThenTheItemIsGone() {
        Item lamp = create("Lamp", "19.90");

        TestResponse deleted = client.delete("/items/" + lamp.id()).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.bodyText()).isEmpty();
        assertThat(client.get("/items/" + lamp.id()).send().status()).isEqualTo(404);
        assertThat(client.delete("/items/" + lamp.id()).send().json().get("detail").asText()).isEqualTo("Item not found");
    }

    @Test
    void absentItemIs404ForGetAndPut() {
        assertThat(client.get("/items/424242").send().bodyText()).isEqualTo("{\"detail\":\"Item not found\"}");
        assertThat(client.put("/items/424242").json(Map.of("name", "x", "price", 1)).send().status()).isEqualTo(404);
    }

    @Test
    void streamSendsEveryItemAsOneJsonLinePerChunk() {
        create("One", "1");
        create("Two", "2");

        TestResponse stream = client.get("/items/stream").send();

        assertThat(stream.header("content-type")).isEqualTo("application/jsonl");
        assertThat(stream.chunks()).hasSize(2).allSatisfy(chunk -> assertThat(chunk).endsWith("\n").containsOnlyOnce("\n"));
        assertThat(stream.lines(Item.class)).extracting(Item::name).containsExactly("One", "Two");
    }

    @Test
    void invalidBodyListsEveryViolationAtItsJsonLocation() {
        TestResponse response = client.post("/items")
                .json(Map.of("name", "", "price", -1, "tags", List.of("ok", ""), "contactEmail", "nope")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail")).extracting(entry -> entry.get("loc").toString())
                .containsExactly("[\"body\",\"name\"]", "[\"body\",\"price\"]", "[\"body\",\"tags\",1]",
                        "[\"body\",\"contactEmail\"]");
    }

    @Test
    void optionalPartsOfTheBodyRoundTrip() {
        TestResponse created = client.post("/items").json(Map.of("name", "Chair", "price", "49.00",
                "dimensions", Map.of("width", 50, "height", 90, "depth", 50), "contactEmail", "shop@example.com")).send();

        Item chair = created.as(Item.class);
        assertThat(chair.dimensions()).contains(new Dimensions(50, 90, 50));
        assertThat(chair.contactEmail()).isEqualTo(Optional.of("shop@example.com"));
    }

    @Test
    void everyResponseCarriesTheCallersCorrelationId() {
        TestResponse response = client.get("/items").header("x-correlation-id", "trace-me").send();

        assertThat(response.correlationId()).isEqualTo("trace-me");
    }

    @Test
    void me_withoutAnAuthenticatedCaller_is401FromTheCallerResolver() {
        TestResponse response = client.get("/me").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).isEqualTo("Not authenticated");
    }
}
