package dev.skiff.lambda.observability.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.lambda.json.JsonLiterals;
import dev.skiff.lambda.json.LineBuffers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;

/** The hand-made parts of a log line give what the formatter-based ones gave. */
class LineFormattingTest {
    private static final DateTimeFormatter POWERTOOLS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static String timestamp(long millis) {
        StringBuilder out = new StringBuilder();
        UtcTimestamp.append(out, millis);
        return out.toString();
    }

    @Test
    void timestamp_matchesTheIsoPattern_acrossDaysYearsAndEdges() {
        long[] instants = {
            0L, 1L, 999L, 86_399_999L, 86_400_000L, -1L, -86_400_001L,
            Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(),
            Instant.parse("2026-11-28T20:03:58.123Z").toEpochMilli(),
            Instant.parse("2100-03-01T00:00:00.000Z").toEpochMilli(),
            Instant.parse("0001-01-01T00:00:00.001Z").toEpochMilli(),
            Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli(),
            Instant.parse("+10000-01-01T00:00:00.000Z").toEpochMilli(),
        };
        for (long millis : instants) {
            assertThat(timestamp(millis)).as("%d", millis).isEqualTo(POWERTOOLS.format(Instant.ofEpochMilli(millis)));
        }
        // Alternate days, so the cached date part is replaced each time.
        for (long millis = 0; millis < 40L * 366 * 86_400_000L; millis += 86_400_000L * 37 + 3_723_456L) {
            assertThat(timestamp(millis)).isEqualTo(POWERTOOLS.format(Instant.ofEpochMilli(millis)));
            assertThat(timestamp(millis + 12_345)).isEqualTo(POWERTOOLS.format(Instant.ofEpochMilli(millis + 12_345)));
        }
    }

    @Test
    void keyValues_overrideMdcEntriesInTheirPlace_andRepeatedKeysKeepTheFirstPlaceAndLastValue() throws Exception {
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put("tenant", "acme");
        mdc.put("route", "from-mdc");
        mdc.put("function_name", "fn");
        String line = LogLineFormatter.format(Instant.ofEpochMilli(0), Level.INFO, "m", null, "items", mdc,
                List.of(new KeyValuePair("status", 200), new KeyValuePair("route", "GET /x"),
                        new KeyValuePair("status", 404), new KeyValuePair("latency_ms", 1.5)));

        assertThat(line).isEqualTo("{\"level\":\"INFO\",\"message\":\"m\",\"function_name\":\"fn\",\"service\":\"items\","
                + "\"timestamp\":\"1970-01-01T00:00:00.000Z\",\"tenant\":\"acme\",\"route\":\"GET /x\","
                + "\"status\":\"404\",\"latency_ms\":\"1.5\"}");
    }

    @Test
    void doubles_readAsDoubleToString_whetherWholeCachedOrNot() {
        java.util.Random random = new java.util.Random(42);
        List<Double> values = new java.util.ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 9_999_999.0, 10_000_000.0,
                -9_999_999.0, 1e21, 1e-7, 0.1 + 0.2, 0.412, 0.412, Double.NaN, Double.POSITIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE, 123456.5));
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(20) - 8));
            values.add((double) random.nextInt(20_000_000) - 10_000_000);
        }
        for (double value : values) {
            assertThat(JsonLiterals.appendDouble(new StringBuilder(), value).toString()).isEqualTo(Double.toString(value));
            assertThat(JsonLiterals.text(value)).isEqualTo(Double.toString(value));
        }
        assertThat(JsonLiterals.text(201)).isEqualTo("201");
        assertThat(JsonLiterals.text(null)).isEqualTo("null");
    }

    @Test
    void aLineBuiltWhileTheBufferIsInUse_getsItsOwnBuffer() {
        StringBuilder outer = LineBuffers.take();
        outer.append("outer");
        StringBuilder inner = LineBuffers.take();
        inner.append("inner");
        LineBuffers.release(inner);
        assertThat(inner).isNotSameAs(outer);
        assertThat(outer.toString()).isEqualTo("outer");
        LineBuffers.release(outer);
        assertThat(LineBuffers.take()).isSameAs(outer).isEmpty();
        LineBuffers.release(outer);
    }
}
