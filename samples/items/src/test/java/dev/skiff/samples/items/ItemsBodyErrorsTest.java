package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.test.LocalServerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of body problem the sample's model can have, answered exactly as FastAPI answers
 * it for the same model (the cases and FastAPI's bodies are in {@code fastapi/body-errors.txt}),
 * end to end twice: over HTTP on the local server, and through the Lambda handler.
 */
class ItemsBodyErrorsTest {
    @RegisterExtension
    static LocalServerExtension server = LocalServerExtension.of(() -> SkiffRoutes.create(new ItemsApi(new ItemStore()))
            .withResolver(Caller.class, Caller::of));

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ItemsLambdaHandler LAMBDA = new ItemsLambdaHandler();

    record Case(String body, String fastApi) {
        @Override
        public String toString() {
            return body;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String body = null;
        for (String line : read("/fastapi/body-errors.txt").split("\n")) {
            if (line.startsWith("body: ")) {
                body = line.substring("body: ".length());
            } else if (line.startsWith("422: ")) {
                cases.add(new Case(body, line.substring("422: ".length())));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases.stream();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("cases")
    void overHttp_theBodyIsFastApis(Case c) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri("/items").toString()))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(c.body())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo(c.fastApi());
    }

    @ParameterizedTest(name = "Lambda {0}")
    @MethodSource("cases")
    void throughTheLambdaHandler_theBodyIsFastApis(Case c) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(read("/events/v2-create-item.json"));
        event.put("body", c.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LAMBDA.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);

        JsonNode response = JSON.readTree(out.toByteArray());
        assertThat(response.get("statusCode").asInt()).isEqualTo(422);
        assertThat(response.get("body").asText()).isEqualTo(c.fastApi());
    }

    private static String read(String resource) {
        try (InputStream in = ItemsBodyErrorsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
