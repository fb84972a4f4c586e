package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.processor.CompiledApi.Reply;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Declared responses, response headers, examples and {@code @Unauthenticated} only describe the
 * API: what the generated code serves is what the handler returns or throws.
 */
class DeclaredResponsesBehaviourTest {
    private static Application app;

    @BeforeAll
    static void compile() {
        app = CompiledApi.compile("responses17/iam").application("fixtures.responses17.iam",
                "fixtures.responses17.iam.ShopApi");
    }

    @Test
    void declared404_isServedAsTheThrownHttpException() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/orders/7").build());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"detail\":\"Order not found\"}");
    }

    @Test
    void documentedSuccessHeaders_areNotAdded() {
        String json = "{\"item\":\"Lamp\",\"quantity\":3,\"price\":1.5,\"gift\":false,\"kind\":\"RETAIL\",\"tags\":[],"
                + "\"address\":{\"street\":\"s\",\"zip\":\"z\"},\"attributes\":{}}";
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("POST", "/orders")
                .header("content-type", "application/json").body(json.getBytes(StandardCharsets.UTF_8)).build());
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("location")).isNull();
        assertThat(reply.header("x-rate-limit")).isNull();
    }

    @Test
    void examples_areNotDefaults() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("POST", "/orders")
                .header("content-type", "application/json").body("{}".getBytes(StandardCharsets.UTF_8)).build());
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"loc\":[\"body\",\"item\"]").contains("\"loc\":[\"body\",\"quantity\"]");
    }

    @Test
    void unauthenticatedOperation_isServedAsAnyOther() {
        Reply reply = CompiledApi.dispatch(app, HttpRequest.builder("GET", "/health").build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("\"ok\"");
    }
}
