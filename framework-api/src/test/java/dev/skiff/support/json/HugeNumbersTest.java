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
    void aFloatPastADouble_isPythonsInfinity_soNotAFiniteDecimal() {
        assertThatThrownBy(() -> LaxScalars.decimal(JsonToken.VALUE_NUMBER_FLOAT, "1e999999"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.type()).isEqualTo("finite_number"));
    }

    @Test
    @Timeout(5)
    void aFloatBelowADouble_isPythonsZero_notAMillionDigitScale() throws Exception {
        BigDecimal zero = LaxScalars.decimal(JsonToken.VALUE_NUMBER_FLOAT, "1e-999999");

        assertThat(zero).isEqualByComparingTo("0").hasScaleOf(1);
        assertThat(LaxScalars.decimal(JsonToken.VALUE_NUMBER_FLOAT, "0.00")).hasScaleOf(2); // digits kept otherwise
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
