package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a document against the CloudWatch Embedded Metric Format specification's structure. */
public final class EmfAssert {
    private EmfAssert() {}

    /** Asserts the structure and returns metric name to unit, in order. */
    public static Map<String, String> validMetrics(JsonNode document) {
        JsonNode aws = document.get("_aws");
        assertThat(aws).as("_aws").isNotNull();
        assertThat(aws.get("Timestamp").isIntegralNumber()).as("_aws.Timestamp is epoch millis").isTrue();
        JsonNode directives = aws.get("CloudWatchMetrics");
        assertThat(directives.isArray() && !directives.isEmpty()).as("CloudWatchMetrics").isTrue();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode directive : directives) {
            assertThat(directive.get("Namespace").isTextual()).as("Namespace").isTrue();
            assertThat(directive.get("Namespace").asText()).isNotBlank();
            for (JsonNode dimensionSet : directive.get("Dimensions")) {
                assertThat(dimensionSet.isArray()).isTrue();
                assertThat(dimensionSet.size()).isLessThanOrEqualTo(30);
                for (JsonNode dimension : dimensionSet) {
                    assertThat(document.get(dimension.asText())).as("dimension member " + dimension).isNotNull();
                    assertThat(document.get(dimension.asText()).isTextual()).as("dimension value is a string").isTrue();
                }
            }
            for (JsonNode metric : directive.get("Metrics")) {
                String name = metric.get("Name").asText();
                JsonNode value = document.get(name);
                assertThat(value).as("metric member " + name).isNotNull();
                assertThat(value.isNumber() || value.isArray() && value.elements().next().isNumber())
                        .as("metric value of " + name + " is a number or numbers").isTrue();
                units.put(name, metric.get("Unit").asText());
            }
        }
        return units;
    }

    /** The dimension names of the document's (single) dimension set. */
    public static List<String> dimensions(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").get(0)
                .forEach(name -> names.add(name.asText()));
        return names;
    }

    /** Every dimension set of the document's first directive. */
    public static List<List<String>> dimensionSets(JsonNode document) {
        List<List<String>> sets = new ArrayList<>();
        for (JsonNode set : document.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions")) {
            List<String> names = new ArrayList<>();
            set.forEach(name -> names.add(name.asText()));
            sets.add(names);
        }
        return sets;
    }
}
