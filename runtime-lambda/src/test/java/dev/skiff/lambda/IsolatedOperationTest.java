package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A function of an isolated deployment ({@code SKIFF_OPERATION} set, as the CDK construct sets it)
 * answers its own operation only, whatever API Gateway or a misconfiguration sends it.
 */
class IsolatedOperationTest {

    @Test
    void servesItsOwnOperation() {
        TestHandler handler = TestHandler.create(Map.of("SKIFF_OPERATION", "getItem"));

        JsonNode response = handler.invokeFixture("v2-get-item.json", new LambdaTestContext("req-own"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).contains("\"id\":42");
    }

    @Test
    void answersEveryOtherOperationNotFound() {
        TestHandler handler = TestHandler.create(Map.of("SKIFF_OPERATION", "createItem"));

        JsonNode get = handler.invokeFixture("v2-get-item.json", new LambdaTestContext("req-other"));
        JsonNode rest = handler.invokeFixture("v1-echo-iam.json", new LambdaTestContext("req-rest"));

        assertThat(get.get("statusCode").asInt()).isEqualTo(404);
        assertThat(get.get("body").asText()).isEqualTo("{\"detail\":\"Not Found\"}");
        assertThat(rest.get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void anUnknownOperationFailsTheInitPhaseNamingTheKnownOnes() {
        assertThatThrownBy(() -> TestHandler.create(Map.of("SKIFF_OPERATION", "getItems")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the application has no operation \"getItems\" to serve alone;"
                        + " its operationIds are [")
                .hasMessageContaining("getItem, ");
    }

    @Test
    void unsetServesTheWholeApi() {
        TestHandler handler = TestHandler.create(Map.of());

        assertThat(handler.invokeFixture("v2-get-item.json", new LambdaTestContext("a")).get("statusCode").asInt())
                .isEqualTo(200);
        assertThat(handler.invokeFixture("v1-echo-iam.json", new LambdaTestContext("b")).get("statusCode").asInt())
                .isEqualTo(200);
    }
}
