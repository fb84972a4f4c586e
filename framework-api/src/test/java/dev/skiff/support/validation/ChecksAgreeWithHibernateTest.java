package dev.skiff.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Edge values where number types and text rules differ, checked against Hibernate Validator. */
class ChecksAgreeWithHibernateTest {
    static final class Bean {
        @Min(1) Double minDouble;
        @Max(1) Float maxFloat;
        @Min(-2) String minText;
        @DecimalMin(value = "0.1", inclusive = false) Float decimalMinFloat;
        @DecimalMax("0.1") Double decimalMaxDouble;
        @DecimalMin("1.5") BigInteger decimalMinBigInteger;
        @Positive Double positiveDouble;
        @PositiveOrZero Double positiveOrZeroDouble;
        @Negative Float negativeFloat;
        @Positive Number positiveNumber;
        @Positive String positiveText;
        @Digits(integer = 2, fraction = 1) Double digitsDouble;
        @Digits(integer = 2, fraction = 1) BigDecimal digitsDecimal;
        @Digits(integer = 2, fraction = 1) String digitsText;
        @Digits(integer = 3, fraction = 0) Long digitsLong;
        @NotBlank String notBlank;
        @Email String email;
    }

    private static final List<Double> DOUBLES = List.of(0.0, -0.0, 1.0, 0.99999, 1.00001, 0.1, 0.10000001,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 12.3, 12.34, 123.0, 1e-7, 1e20, -5.0);
    private static final List<Float> FLOATS = List.of(0.0f, -0.0f, 1.0f, 0.1f, 0.10001f, 1.0000001f, -1f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
    private static final List<String> TEXTS = List.of("", " ", "\u2003", "x", "-2", "-2.0001", "abc", "1e3", "12.3", "12.30",
            "0.05", "-0", "+1", " 1");

    @Test
    void numberBounds_agree() {
        // @Min/@Max on double and float are written in place: validation-tests' differential suite covers them
        agree("minText", TEXTS, v -> BoundChecks.min(v, -2L));
        agree("decimalMinFloat", FLOATS, v -> BoundChecks.decimalMin(v.floatValue(), new BigDecimal("0.1"), false));
        agree("decimalMaxDouble", DOUBLES, v -> BoundChecks.decimalMax(v.doubleValue(), new BigDecimal("0.1"), true));
        agree("decimalMinBigInteger", List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(-9)),
                v -> BoundChecks.decimalMin(v, new BigDecimal("1.5"), true));
    }

    @Test
    void signs_agree_includingNaN() {
        // double and float signs are written in place: validation-tests' differential suite covers them
        agree("positiveNumber", List.<Number>of(1, -1L, 0.5, Double.NaN, new BigDecimal("0.0001"), (short) 0),
                v -> SignChecks.positive(v));
        agree("positiveText", TEXTS, SignChecks::positive);
    }

    @Test
    void digits_agree() {
        agree("digitsDouble", DOUBLES.stream().filter(d -> !d.isNaN() && !d.isInfinite()).toList(), v -> DigitsChecks.digits(v.doubleValue(), 2, 1));
        agree("digitsDecimal", List.of(new BigDecimal("12.3"), new BigDecimal("12.30"), new BigDecimal("1.2E+2"),
                new BigDecimal("123"), new BigDecimal("0.00")), v -> DigitsChecks.digits(v, 2, 1));
        agree("digitsText", TEXTS, v -> DigitsChecks.digits(v, 2, 1));
        agree("digitsLong", List.of(0L, 999L, 1000L, -999L, 12000L), v -> DigitsChecks.digits(v.longValue(), 3, 0));
    }

    @Test
    void textRules_agree() {
        agree("notBlank", TEXTS, SizeChecks::notBlank);
        agree("email", List.of("", "a@b", "a@b.", "a.b@c.d", ".a@b", "a..b@c", "a@-b", "a@b-", "a@b--c", "\"a b\"@c",
                "\"\"@c", "a\\b@c", "Ab.C@D.e", "é@ü.de", "a@[1.2.3.4]", "a@[999.1.1.1]", "a@[IPv6:::1]",
                "a@[IPv6:2001:db8::1]", "a@[ipv6:1:2:3:4:5:6:7:8]", "a@b@c", "@b", "a@", "a@b_c", "a@" + "x".repeat(64),
                "x".repeat(65) + "@b", "a@b.c.d.e", "a b@c", "\"a\\\"b\"@c", "a@1.2.3.4"), EmailChecks::email);
    }

    private static <T> void agree(String property, List<? extends T> values, Predicate<T> check) {
        for (T value : values) {
            assertThat(check.test(value))
                    .as("%s = %s", property, value)
                    .isEqualTo(HibernateOracle.valid(Bean.class, property, value));
        }
    }
}
