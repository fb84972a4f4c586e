package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.processor.CompiledApi.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A list body is validated element by element, each problem at the element's index and nested path. */
class ListBodyValidationTest {
    private static Application app;

    @BeforeAll
    static void compile() {
        app = CompiledApi.compile("list_body").application("fixtures.listbody", "fixtures.listbody.PartsApi");
    }

    @Test
    void validElementsReachTheHandler() {
        Reply reply = post("[{\"name\":\"gear\",\"maker\":{\"email\":\"ada@example.com\"}},{\"name\":\"axle\",\"maker\":null}]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("2");
    }

    @Test
    void problemsOfEveryElementAreInOne422AtTheirIndexAndNestedPath() throws Exception {
        Reply reply = post("[{\"name\":\" \",\"maker\":{\"email\":\"ada@example.com\"}},"
                + "{\"name\":\"axle\",\"maker\":{\"email\":\"not-an-email\"}}]");

        assertThat(reply.status()).isEqualTo(422);
        List<String> locs = new ArrayList<>();
        for (JsonNode problem : new ObjectMapper().readTree(reply.body()).get("detail")) {
            locs.add(problem.get("loc").toString() + " " + problem.get("msg").asText());
        }
        assertThat(locs).containsExactly("[\"body\",0,\"name\"] must not be blank",
                "[\"body\",1,\"maker\",\"email\"] must be a well-formed email address");
    }

    private static Reply post(String json) {
        return CompiledApi.sendJson(app, "POST", "/parts", json);
    }
}
