package dev.skiff.processor.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

    @Test
    void escapesStringsAndIndents() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a \"quote\"\\ \n\t\u0001");
        value.put("list", List.of(1, true));
        value.put("empty", Map.of());
        assertThat(JsonDocument.write(value)).isEqualTo("{\n  \"text\": \"a \\\"quote\\\"\\\\ \\n\\t\\u0001\",\n"
                + "  \"list\": [\n    1,\n    true\n  ],\n  \"empty\": {}\n}\n");
    }

    @Test
    void unorderedMapsAreWrittenSortedSoOutputIsStable() {
        assertThat(JsonDocument.write(Map.of("b", 1, "a", 2, "c", 3))).isEqualTo("{\n  \"a\": 2,\n  \"b\": 1,\n  \"c\": 3\n}\n");
    }

    @Test
    void insertionOrderIsKeptForOrderedMaps() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("openapi", "3.1.0");
        value.put("info", "x");
        assertThat(JsonDocument.write(value)).startsWith("{\n  \"openapi\"");
    }
}
