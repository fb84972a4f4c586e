package dev.skiff.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
    static final class Defaults {
        @Size(min = 2, max = 80) String size;
        @Size(max = 3) String sizeMaxOnly;
        @Min(5) long min;
        @Max(-3) long max;
        @DecimalMin("0.01") BigDecimal decimalMin;
        @DecimalMin(value = "0.01", inclusive = false) BigDecimal decimalMinExclusive;
        @DecimalMax(value = "9.5", inclusive = false) BigDecimal decimalMaxExclusive;
        @DecimalMax("9.5") BigDecimal decimalMax;
        @Digits(integer = 6, fraction = 2) BigDecimal digits;
        @Pattern(regexp = "[a-z]{2,5}$") String pattern;
        @Pattern(regexp = "a", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.COMMENTS}, message = "flags {flags}") String flags;
        @NotBlank String notBlank;
        @Email String email;
    }

    static final class Overrides {
        @Size(min = 1, max = 10, message = "between {min} and {max}, not {unknown}") String size;
        @Min(value = 3, message = "at least {value} \\{value\\} costs \\$1 or \\\\") long min;
        @DecimalMin(value = "1.5", inclusive = false, message = "{jakarta.validation.constraints.DecimalMin.message}!") BigDecimal key;
        @Max(value = 2, message = "plain text") long plain;
        @Min(value = 2, message = "{jakarta.validation.constraints.Max.message} / {inclusive}") long otherKey;
        @Size(min = 2, max = 4, message = "{skiff.test.range}") String applicationKey;
    }

    @Test
    void defaultMessages_matchHibernateValidator() {
        assertSame(Defaults.class, "size", "x", "{jakarta.validation.constraints.Size.message}", Map.of("min", 2, "max", 80));
        assertSame(Defaults.class, "sizeMaxOnly", "xxxx", "{jakarta.validation.constraints.Size.message}", Map.of("min", 0, "max", 3));
        assertSame(Defaults.class, "min", 1L, "{jakarta.validation.constraints.Min.message}", Map.of("value", 5L));
        assertSame(Defaults.class, "max", 1L, "{jakarta.validation.constraints.Max.message}", Map.of("value", -3L));
        assertSame(Defaults.class, "decimalMin", new BigDecimal("0"), "{jakarta.validation.constraints.DecimalMin.message}",
                Map.of("value", "0.01", "inclusive", true));
        assertSame(Defaults.class, "decimalMinExclusive", new BigDecimal("0"), "{jakarta.validation.constraints.DecimalMin.message}",
                Map.of("value", "0.01", "inclusive", false));
        assertSame(Defaults.class, "decimalMaxExclusive", new BigDecimal("10"), "{jakarta.validation.constraints.DecimalMax.message}",
                Map.of("value", "9.5", "inclusive", false));
        assertSame(Defaults.class, "decimalMax", new BigDecimal("10"), "{jakarta.validation.constraints.DecimalMax.message}",
                Map.of("value", "9.5", "inclusive", true));
        assertSame(Defaults.class, "digits", new BigDecimal("1234567"), "{jakarta.validation.constraints.Digits.message}",
                Map.of("integer", 6, "fraction", 2));
        assertSame(Defaults.class, "pattern", "1", "{jakarta.validation.constraints.Pattern.message}",
                Map.of("regexp", "[a-z]{2,5}$", "flags", new Object[0]));
        assertSame(Defaults.class, "flags", "b", "flags {flags}",
                Map.of("regexp", "a", "flags", new Object[] {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.COMMENTS}));
        assertSame(Defaults.class, "notBlank", " ", "{jakarta.validation.constraints.NotBlank.message}", Map.of());
        assertSame(Defaults.class, "email", "a@", "{jakarta.validation.constraints.Email.message}", Map.of());
    }

    @Test
    void userMessages_interpolateAttributesKeysAndEscapes_likeHibernateValidator() {
        assertSame(Overrides.class, "size", "", "between {min} and {max}, not {unknown}", Map.of("min", 1, "max", 10));
        assertSame(Overrides.class, "min", 1L, "at least {value} \\{value\\} costs \\$1 or \\\\", Map.of("value", 3L));
        assertSame(Overrides.class, "key", BigDecimal.ONE, "{jakarta.validation.constraints.DecimalMin.message}!",
                Map.of("value", "1.5", "inclusive", false));
        assertSame(Overrides.class, "plain", 3L, "plain text", Map.of("value", 2L));
        assertSame(Overrides.class, "otherKey", 1L, "{jakarta.validation.constraints.Max.message} / {inclusive}", Map.of("value", 2L));
    }

    @Test
    void applicationValidationMessages_resolveRecursively_likeHibernateValidator() {
        assertSame(Overrides.class, "applicationKey", "x", "{skiff.test.range}", Map.of("min", 2, "max", 4));
        assertThat(Messages.interpolate("{skiff.test.range}", Map.of("min", 2, "max", 4))).isEqualTo("from 2 characters to 4");
    }

    @Test
    void completeInterpolation_isNullWhileAKeyIsUnresolved_soTheProcessorLeavesItToRunTime() {
        Map<String, String> bundle = Map.of("app.unit", "characters", "app.range", "{min} to {max} {app.unit}");

        assertThat(Messages.interpolateCompletely("{app.range}", Map.of("min", 2, "max", 4), bundle))
                .isEqualTo("2 to 4 characters");
        assertThat(Messages.interpolateCompletely("{app.range}", Map.of("min", 2, "max", 4), Map.of())).isNull();
        assertThat(Messages.interpolateCompletely("{min} and {other}", Map.of("min", 2), bundle)).isNull();
        assertThat(Messages.interpolateCompletely("costs \\{value\\} or \\$1", Map.of("value", 3L), Map.of()))
                .isEqualTo("costs {value} or $1");
        assertThat(Messages.interpolateCompletely("{jakarta.validation.constraints.Min.message}", Map.of("value", 3L), null))
                .isEqualTo("must be greater than or equal to 3");
        // braces an attribute's value brings in are text, not terms left to resolve
        assertThat(Messages.interpolateCompletely("{jakarta.validation.constraints.Pattern.message}",
                Map.of("regexp", "\\d{3}[a-z]{1,2}", "flags", java.util.List.of()), Map.of()))
                .isEqualTo("must match \"\\d{3}[a-z]{1,2}\"");
        assertThat(Messages.interpolateCompletely("literal \\{x\\} and {value}", Map.of("value", 3L), Map.of()))
                .isEqualTo("literal {x} and 3");
    }

    @Test
    void sizeMessage_readsNaturally() {
        assertThat(Messages.interpolate("{jakarta.validation.constraints.Size.message}", Map.of("min", 0, "max", 80)))
                .isEqualTo("size must be between 0 and 80");
    }

    private static void assertSame(Class<?> type, String property, Object invalid, String template, Map<String, ?> attributes) {
        assertThat(HibernateOracle.messages(type, property, invalid))
                .as("%s.%s", type.getSimpleName(), property)
                .containsExactly(Messages.interpolate(template, attributes));
    }
}
