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

/** The sample on a real server on a free port, called over HTTP as a client would. */
class ItemsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String LAMP = "{\"name\":\"Lamp\",\"price\":19.90,\"tags\":[\"home\"],"
            + "\"dimensions\":{\"width\":20,\"height\":45.5,\"depth\":20}}";

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create)
            .with(server -> server.maxBodyBytes(16 * 1024));

    @Test
    void createThenGetUpdateAndDelete() throws Exception {
        HttpResponse<String> created = send("POST", "/items", LAMP, "application/json");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode item = JSON.readTree(created.body());
        long id = item.get("id").asLong();
        assertThat(item.get("name").asText()).isEqualTo("Lamp");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(item.at("/dimensions/height").asDouble()).isEqualTo(45.5);

        HttpResponse<String> fetched = get("/items/" + id);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(JSON.readTree(fetched.body())).isEqualTo(item);

        HttpResponse<String> updated = send("PUT", "/items/" + id, "{\"name\":\"Desk lamp\",\"price\":24}",
                "application/json");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/items/" + id).body()).get("name").asText()).isEqualTo("Desk lamp");

        HttpResponse<String> deleted = send("DELETE", "/items/" + id, null, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(get("/items/" + id).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/items/" + id, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void pagesWalkEveryItemByIdAndTheLastHasNoNextOffset() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("POST", "/items", "{\"name\":\"Paged " + i + "\",\"price\":5}", "application/json");
        }
        java.util.List<Long> ids = new java.util.ArrayList<>();
        JsonNode page = JSON.readTree(get("/items/page?limit=2").body());
        int total = page.get("total").asInt();
        while (true) {
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            if (page.get("nextOffset").isNull()) {
                break;
            }
            assertThat(page.get("nextOffset").asInt()).isEqualTo(ids.size());
            page = JSON.readTree(get("/items/page?limit=2&offset=" + page.get("nextOffset").asInt()).body());
        }
        assertThat(ids).hasSize(total).isSorted().doesNotHaveDuplicates();
        assertThat(total).isGreaterThanOrEqualTo(3);

        HttpResponse<String> tooLarge = get("/items/page?limit=101");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(tooLarge.body()).at("/detail/0/loc").toString()).isEqualTo("[\"query\",\"limit\"]");
    }

    @Test
    void me_outsideLambdaHasNoAuthenticatedCaller_so401() throws Exception {
        HttpResponse<String> response = get("/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @Test
    void absentItemIs404WithDetail() throws Exception {
        HttpResponse<String> response = get("/items/987654");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Item not found\"}");
        assertThat(send("PUT", "/items/987654", LAMP, "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void listFiltersByQueryAndLimits() throws Exception {
        for (String name : new String[] {"Quokka mug", "Quokka plate", "Quokka bowl", "Teapot"}) {
            send("POST", "/items", "{\"name\":\"" + name + "\",\"price\":5}", "application/json");
        }
        JsonNode quokkas = JSON.readTree(get("/items?q=quokka").body());
        assertThat(quokkas).extracting(n -> n.get("name").asText())
                .containsExactly("Quokka mug", "Quokka plate", "Quokka bowl");
        assertThat(JSON.readTree(get("/items?q=QUOKKA&limit=2").body())).hasSize(2);
        assertThat(JSON.readTree(get("/items").body()).size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void listByTagFindsTaggedItems() throws Exception {
        send("POST", "/items", "{\"name\":\"Kettle\",\"price\":30,\"tags\":[\"kitchen-only\"]}", "application/json");
        JsonNode tagged = JSON.readTree(get("/items/by-tag?tag=kitchen-only").body());
        assertThat(tagged).extracting(n -> n.get("name").asText()).containsExactly("Kettle");
    }

    @Test
    void missingRequiredQueryParameterIs422() throws Exception {
        HttpResponse<String> response = get("/items/by-tag");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail").get(0);
        assertThat(detail.get("type").asText()).isEqualTo("missing");
        assertThat(detail.get("loc").toString()).isEqualTo("[\"query\",\"tag\"]");
        assertThat(detail.get("msg").asText()).isEqualTo("Field required");
    }

    @Test
    void nonNumericLimitIs422AtQueryLimit() throws Exception {
        HttpResponse<String> response = get("/items?limit=many");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"query\",\"limit\"]");
        assertThat(detail.get("type").asText()).isEqualTo("int_parsing");
    }

    @Test
    void nonNumericIdIs422AtPathId() throws Exception {
        HttpResponse<String> response = get("/items/abc");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"path\",\"id\"]");
        assertThat(detail.get("input").asText()).isEqualTo("abc");
    }

    @Test
    void unknownPathIs404() throws Exception {
        HttpResponse<String> response = get("/nothing/here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
        HttpResponse<String> response = send("PATCH", "/items", "{}", "application/json");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD, POST");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Method Not Allowed\"}");
    }

    @Test
    void malformedJsonIs422() throws Exception {
        HttpResponse<String> response = send("POST", "/items", "{\"name\": \"Lamp\",", "application/json");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/detail/0/type").asText()).isEqualTo("json_invalid");
    }

    @Test
    void jsonNullBodyIs422MissingNotAServerError() throws Exception {
        HttpResponse<String> response = send("POST", "/items", "null", "application/json");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/detail/0/type").asText()).isEqualTo("missing");
        assertThat(JSON.readTree(response.body()).at("/detail/0/loc").toString()).isEqualTo("[\"body\"]");
    }

    @Test
    void dataAfterTheJsonDocumentIs422JsonInvalid() throws Exception {
        HttpResponse<String> response = send("POST", "/items", "{\"name\":\"Lamp\",\"price\":1} xyz", "application/json");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/detail/0/type").asText()).isEqualTo("json_invalid");
        assertThat(JSON.readTree(response.body()).at("/detail/0/loc").toString()).isEqualTo("[\"body\",26]");
        assertThat(JSON.readTree(response.body()).at("/detail/0/ctx/error").asText()).isEqualTo("Extra data");
    }

    @Test
    void wrongTypedFieldIs422AtItsLoc() throws Exception {
        HttpResponse<String> response = send("POST", "/items", "{\"name\":\"Lamp\",\"price\":\"cheap\"}",
                "application/json");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).at("/detail/0/loc").toString()).isEqualTo("[\"body\",\"price\"]");
    }

    @Test
    void missingBodyIs422() throws Exception {
        HttpResponse<String> response = send("POST", "/items", null, null);
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).at("/detail/0");
        assertThat(detail.get("type").asText()).isEqualTo("missing");
        assertThat(detail.get("loc").toString()).isEqualTo("[\"body\"]");
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpResponse<String> response = send("POST", "/items", "name=Lamp", "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("detail");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(32 * 1024) + "\",\"price\":1}";
        HttpResponse<String> response = send("POST", "/items", big, "application/json");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("detail");
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> response = get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/info/title").asText()).isEqualTo("Items");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private static HttpResponse<String> send(String method, String path, String body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.uri(path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }
}
