package dev.skiff.lambda.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

class LoggingPiecesTest {

    @Test
    void levelPrecedence_isPowertoolsThenLambdaThenInfo() {
        assertThat(LogSettings.from(Map.of("POWERTOOLS_LOG_LEVEL", "debug", "AWS_LAMBDA_LOG_LEVEL", "ERROR")::get).level())
                .isEqualTo(Level.DEBUG);
        assertThat(LogSettings.from(Map.of("AWS_LAMBDA_LOG_LEVEL", "WARN")::get).level()).isEqualTo(Level.WARN);
        assertThat(LogSettings.from(Map.of("POWERTOOLS_LOG_LEVEL", "nonsense")::get).level()).isEqualTo(Level.INFO);
        assertThat(LogSettings.from(Map.<String, String>of()::get).service()).isEqualTo("service_undefined");
    }

    @Test
    void line_isValidJsonWithEscapes_inPowertoolsKeyOrder() throws Exception {
        String line = LogLineFormatter.format(Instant.parse("2026-11-28T20:03:58.123456Z"), Level.WARN,
                "quote \" backslash \\ newline \n tab \t bell \u0007", null, "items",
                Map.of("cold_start", "false", "function_memory_size", "1024", "tenant", "acme"),
                List.of(new KeyValuePair("count", 3)));

        JsonNode json = Json.mapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007");
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-28T20:03:58.123Z");
        assertThat(json.get("function_memory_size").asInt()).isEqualTo(1024);
        assertThat(json.get("cold_start").asBoolean()).isFalse();
        assertThat(json.get("tenant").asText()).isEqualTo("acme");
        assertThat(json.get("count").asText()).isEqualTo("3");
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("level", "message", "cold_start", "function_memory_size", "service",
                "timestamp", "tenant", "count");
        assertThat(line).doesNotContain("\n");
    }
}
