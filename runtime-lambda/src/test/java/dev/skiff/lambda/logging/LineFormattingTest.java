package dev.skiff.lambda.logging;

import static org.assertj.core.api.Assertions.assertThat;

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
