package dev.skiff.support.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Numbers a client can make expensive: each read as Python would, and at once. */
class HugeNumbersTest {
    @Test
    @Timeout(5)
    void aHugeExponent_isReadAsDatabindReadsIt_andWrittenBackShort() throws Exception {
        // the generated codecs keep databind's exact BigDecimal (CodecDifferentialTest's HUGE_NUMBER rows)
        BigDecimal huge = read("1e999999");
        BigDecimal tiny = read("1e-999999");

        assertThat(huge.scale()).isEqualTo(-999999);
        assertThat(tiny.scale()).isEqualTo(999999);
        // an error body echoing them stays short: TreeDecimals writes a whole number out only up to 400 zeros
        String body = new String(dev.skiff.core.ErrorResponses.validation(java.util.List.of(
                dev.skiff.core.ValidationProblem.of("digits", java.util.List.of("body", "price"), "too many digits", huge),
                dev.skiff.core.ValidationProblem.of("digits", java.util.List.of("body", "price"), "too many digits", tiny)))
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).hasSizeLessThan(400).contains("1E+999999").contains("1E-999999");
    }

    private static BigDecimal read(String json) throws Exception {
        try (var parser = dev.skiff.core.JsonValues.factory().createParser(json)) {
            parser.nextToken();
            return Codecs.BIG_DECIMAL.read(new JsonInput(parser, json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.List.of("body")));
        }
    }

    @Test
    void aDecimalStringPastPythonsIntLimit_isRefused_quickly() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> LaxScalars.decimal(JsonToken.VALUE_STRING, "9".repeat(1_000_000)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("decimal_parsing"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(LaxScalars.decimal(JsonToken.VALUE_STRING, "9".repeat(4300))).hasScaleOf(0);
    }
}
