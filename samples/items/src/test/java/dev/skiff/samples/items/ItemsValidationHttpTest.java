package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import dev.skiff.test.LocalServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sample's constraints, end to end over real HTTP: FastAPI-shaped 422s listing every violation in order. */
class ItemsValidationHttpTest {
    @RegisterExtension
    static LocalServerExtension server = LocalServerExtension.of(() -> SkiffRoutes.create(new ItemsApi(new ItemStore()))
            .withResolver(Caller.class, Caller::of));

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bodyWithSeveralViolations_getsOne422ListingAllInDeclarationOrder() throws Exception {
        String body = """
                {"name": "  ", "price": 12.345, "tags": ["ok", " ", "%s"],
                 "dimensions": {"width": 0, "height": 10, "depth": 1000.5},
                 "contactEmail": "not an email"}""".formatted("x".repeat(31));

        HttpResponse<String> response = send("POST", "/items", body);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail");
        assertThat(entries(detail)).containsExactly(
                "not_blank [\"body\",\"name\"] must not be blank",
                "digits [\"body\",\"price\"] numeric value out of bounds (<6 digits>.<2 digits> expected)",
                "not_blank [\"body\",\"tags\",1] must not be blank",
                "size [\"body\",\"tags\",2] size must be between 0 and 30",
                "positive [\"body\",\"dimensions\",\"width\"] must be greater than 0",
                "decimal_max [\"body\",\"dimensions\",\"depth\"] must be less than or equal to 1000",
                "email [\"body\",\"contactEmail\"] must be a well-formed email address");
        assertThat(detail.get(0).get("input").asText()).isEqualTo("  ");
        assertThat(detail.get(1).get("ctx").toString()).isEqualTo("{\"integer\":6,\"fraction\":2}");
        assertThat(detail.get(3).get("ctx").toString()).isEqualTo("{\"min\":0,\"max\":30}");
    }

    @Test
    void validBody_isCreated() throws Exception {
        HttpResponse<String> response = send("POST", "/items", """
                {"name": "Lamp", "price": 19.90, "tags": ["home"], "contactEmail": "shop@example.com"}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("name").asText()).isEqualTo("Lamp");
    }

    @Test
    void missingPrice_isReportedWithTheParameterViolations_asPydanticsMissing() throws Exception {
        HttpResponse<String> response = send("PUT", "/items/0", """
                {"name": ""}""");

        assertThat(response.statusCode()).isEqualTo(422);
        // a body that cannot be read is not validated: its constraints are checked once it reads
        assertThat(entries(JSON.readTree(response.body()).get("detail"))).containsExactly(
                "min [\"path\",\"id\"] must be greater than or equal to 1",
                "missing [\"body\",\"price\"] Field required");
    }

    @Test
    void queryParameterOutOfRange_gets422AtItsLoc() throws Exception {
        HttpResponse<String> response = send("GET", "/items?limit=101", null);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail");
        assertThat(entries(detail)).containsExactly("max [\"query\",\"limit\"] must be less than or equal to 100");
        assertThat(detail.get(0).get("input").asInt()).isEqualTo(101);
    }

    @Test
    void pathParameterBelowMinimum_gets422() throws Exception {
        HttpResponse<String> response = send("GET", "/items/0", null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(entries(JSON.readTree(response.body()).get("detail")))
                .containsExactly("min [\"path\",\"id\"] must be greater than or equal to 1");
    }

    @Test
    void unconvertibleQueryParameter_isReportedOnce() throws Exception {
        HttpResponse<String> response = send("GET", "/items?limit=abc", null);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail");
        assertThat(detail).hasSize(1);
        assertThat(detail.get(0).get("type").asText()).isEqualTo("int_parsing");
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri(path).toString()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> entries(JsonNode detail) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : detail) {
            entries.add(entry.get("type").asText() + " " + entry.get("loc") + " " + entry.get("msg").asText());
        }
        return entries;
    }
}
