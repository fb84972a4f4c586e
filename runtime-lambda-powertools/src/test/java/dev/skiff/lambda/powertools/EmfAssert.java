package dev.skiff.lambda.powertools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a document against the CloudWatch Embedded Metric Format specification's structure. */
final class EmfAssert {
    private EmfAssert() {}

    /** Asserts the structure and returns metric name to unit. */
    static Map<String, String> validMetrics(JsonNode document) {
        JsonNode aws = document.get("_aws");
        assertThat(aws).as("_aws").isNotNull();
        assertThat(aws.get("Timestamp").isIntegralNumber()).as("_aws.Timestamp is epoch millis").isTrue();
        JsonNode directives = aws.get("CloudWatchMetrics");
        assertThat(directives.isArray() && !directives.isEmpty()).as("CloudWatchMetrics").isTrue();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode directive : directives) {
            assertThat(directive.get("Namespace").asText()).isNotBlank();
            for (JsonNode dimensionSet : directive.get("Dimensions")) {
                for (JsonNode dimension : dimensionSet) {
                    assertThat(document.get(dimension.asText())).as("dimension member " + dimension).isNotNull();
                    assertThat(document.get(dimension.asText()).isTextual()).isTrue();
                }
            }
            for (JsonNode metric : directive.get("Metrics")) {
                String name = metric.get("Name").asText();
                JsonNode value = document.get(name);
                assertThat(value).as("metric member " + name).isNotNull();
                assertThat(value.isNumber() || value.isArray() && value.elements().next().isNumber()).isTrue();
                units.put(name, metric.get("Unit").asText());
            }
        }
        return units;
    }

    /** Every dimension set of the first directive. */
    static List<List<String>> dimensionSets(JsonNode document) {
        List<List<String>> sets = new ArrayList<>();
        for (JsonNode set : document.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions")) {
            List<String> names = new ArrayList<>();
            set.forEach(name -> names.add(name.asText()));
            sets.add(names);
        }
        return sets;
    }
}
