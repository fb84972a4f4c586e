package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hostile event corpus ({@link HostileEvents}) through {@code handleRequest}, as AWS's runtime
 * client calls it: every event is answered with its status (a 4xx with a JSON {@code detail} for
 * everything the caller got wrong, the event included), nothing of the runtime's internals
 * reaches the body, and the invocation after each one is answered exactly.
 */
class HostileEventsTest {

    @Test
    void everyHostileEvent_isAnsweredInDesignsShape_andTheNextInvocationStillIs() {
        TestHandler handler = TestHandler.hostile(HostileEvents.ENV);
        List<HostileEvents.Case> cases = HostileEvents.all();
        int invocations = 0;
        List<String> failed = new java.util.ArrayList<>();
        for (HostileEvents.Case c : cases) {
            try {
                JsonNode answer = handler.invoke(c.event(), new LambdaTestContext("hostile-" + invocations++));
                HostileEvents.assertAnswer(c, answer);
                String correlationId = "probe-" + invocations;
                HostileEvents.assertProbe(handler.invoke(HostileEvents.probe(correlationId),
                        new LambdaTestContext("probe-" + invocations++)), correlationId, c.name());
            } catch (AssertionError | RuntimeException wrong) {
                failed.add(c.name() + ": " + wrong.getMessage());
            }
        }
        assertThat(failed).as("cases answered wrongly").isEmpty();
        // Every error the runtime logged is about the event, never a failure of its own.
        List<JsonNode> errors = handler.logLines().stream().filter(l -> l.get("level").asText().equals("ERROR")).toList();
        assertThat(errors).isNotEmpty().allSatisfy(line -> assertThat(line.get("message").asText())
                .matches("The invocation's event could not be read: .*|Unhandled exception in GET /items/\\{id\\}.*"));
        System.out.printf("hostile events: %d cases, %d invocations through handleRequest%n", cases.size(), invocations);
        assertThat(cases.size()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void limitsAreConfigured_byVariable_orBySystemProperty_whichWins() {
        byte[] fiveHeaders = HostileEvents.v2("GET", "/items/1", "", Map.of("a", "1", "b", "2", "c", "3", "d", "4",
                "e", "5"), null, false);
        TestHandler byVariable = TestHandler.hostile(Map.of("SKIFF_LIMITS_MAX_HEADER_COUNT", "4"));
        assertThat(byVariable.invoke(fiveHeaders, new LambdaTestContext("v")).get("statusCode").asInt()).isEqualTo(431);

        System.setProperty("skiff.limits.maxHeaderCount", "5");
        try {
            TestHandler byProperty = TestHandler.create(HostileTestApi.application(),
                    Map.of("SKIFF_LIMITS_MAX_HEADER_COUNT", "4"));
            assertThat(byProperty.invoke(fiveHeaders, new LambdaTestContext("p")).get("statusCode").asInt()).isEqualTo(200);
        } finally {
            System.clearProperty("skiff.limits.maxHeaderCount");
        }
    }

    @Test
    void theDefaultBodyLimit_isSixMegabytes_measuredDecoded() {
        TestHandler handler = TestHandler.hostile(Map.of());
        byte[] body = ("{\"name\":\"" + "n".repeat(6 * 1024 * 1024) + "\",\"age\":1}").getBytes(StandardCharsets.UTF_8);
        JsonNode over = handler.invoke(HostileEvents.url("POST", "/items", "", Map.of("content-type", "application/json"),
                Base64.getEncoder().encodeToString(body), true), new LambdaTestContext("big"));

        assertThat(over.get("statusCode").asInt()).isEqualTo(413);
        assertThat(HostileEvents.body(over)).isEqualTo("{\"detail\":\"Request body too large: the limit is 6291456 bytes\"}");
    }

    @Test
    void aRefusedRequest_isAnsweredInItsEventsFormat_andLoggedAsAWarning_withItsMetrics() {
        TestHandler handler = TestHandler.hostile(HostileEvents.ENV);
        JsonNode answer = handler.invoke(HostileEvents.v1("GET", "/items/1", Map.of(), Map.of("x-big", "h".repeat(20_000)),
                null, false), new LambdaTestContext("big-header"));

        assertThat(answer.get("statusCode").asInt()).isEqualTo(431);
        assertThat(answer.has("multiValueHeaders")).isTrue();
        assertThat(HostileEvents.body(answer))
                .isEqualTo("{\"detail\":\"Request headers too large: the limit is 16384 bytes\"}");
        JsonNode warning = handler.logLines().stream().filter(l -> l.get("level").asText().equals("WARN")).findFirst()
                .orElseThrow();
        assertThat(warning.get("function_request_id").asText()).isEqualTo("big-header");
        JsonNode metrics = handler.emfDocuments().stream().filter(d -> d.has("RequestCount")).findFirst().orElseThrow();
        assertThat(metrics.get("route").asText()).isEqualTo(SkiffLambdaHandler.UNMATCHED);
        assertThat(metrics.has("ClientError")).isTrue();
    }

    @Test
    void aCorrelationIdWithControlCharacters_isNotEchoed_theRequestIdIsUsedInstead() {
        TestHandler handler = TestHandler.hostile(HostileEvents.ENV);
        for (String hostile : List.of("a\r\nSet-Cookie: session=stolen", "a\nb", "a\u0000b", "tab\there", "caf\u00e9")) {
            JsonNode answer = handler.invoke(HostileEvents.v2("GET", "/items/1", "", Map.of("x-correlation-id", hostile),
                    null, false), new LambdaTestContext("crlf"));

            assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
            assertThat(answer.get("headers").get("x-correlation-id").asText()).as(hostile).isEqualTo("apigw-hostile");
        }
        JsonNode plain = handler.invoke(HostileEvents.v2("GET", "/items/1", "", Map.of("x-correlation-id", "ok-1.2_3:4"),
                null, false), new LambdaTestContext("plain"));
        assertThat(plain.get("headers").get("x-correlation-id").asText()).isEqualTo("ok-1.2_3:4");
    }
}
