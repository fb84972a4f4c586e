package dev.skiff.processor.read;

import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema keywords (OpenAPI 3.1) for a value's constraints:
 * <ul>
 * <li>{@code @Size}: {@code minLength}/{@code maxLength} on strings, {@code minItems}/{@code maxItems}
 *     on collections and arrays, {@code minProperties}/{@code maxProperties} on maps (defaults omitted);
 *     {@code @NotEmpty}: the minimum 1 of the same;</li>
 * <li>{@code @NotBlank}: {@code minLength: 1} and {@code pattern: "\S"} (some non-space);</li>
 * <li>{@code @Min}/{@code @Max}/{@code @DecimalMin}/{@code @DecimalMax}: {@code minimum}/{@code maximum},
 *     or {@code exclusiveMinimum}/{@code exclusiveMaximum} (3.1 numeric form) when not inclusive;
 *     {@code @Positive} is {@code exclusiveMinimum: 0}, {@code @PositiveOrZero} {@code minimum: 0}, and so on;</li>
 * <li>{@code @Digits(integer = i, fraction = f)}: {@code multipleOf: 10^-f} and
 *     {@code x-digits: {"integer": i, "fraction": f}};</li>
 * <li>{@code @Pattern}: {@code pattern: "^(?:regexp)$"} (Java matches the whole text; flags are not
 *     expressible and are left out); {@code @Email}: {@code format: email};</li>
 * <li>{@code @AssertTrue}/{@code @AssertFalse}: {@code const: true/false};</li>
 * <li>{@code @Past}, {@code @PastOrPresent}, {@code @Future}, {@code @FutureOrPresent}:
 *     {@code x-past}, {@code x-past-or-present}, {@code x-future}, {@code x-future-or-present}: true.</li>
 * </ul>
 * Numeric keywords are only written for number-typed values. {@code @NotNull} makes a property
 * {@code required} ({@link #required}). Element constraints go into {@code items} (lists, sets)
 * and {@code additionalProperties} (map values), merged with the element's schema.
 */
final class SchemaKeywords {
    private SchemaKeywords() {}

    /** The keywords of a value (an {@code Optional}'s are its content's). */
    static Map<String, Object> of(ValueModel value) {
        ValueModel target = value.kind() == ValueKind.OPTIONAL && value.element() != null ? value.element() : value;
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (ConstraintModel constraint : target.constraints()) {
            add(constraint, target.kind(), keywords);
        }
        if (target.element() != null && (target.kind() == ValueKind.COLLECTION || target.kind() == ValueKind.MAP)) {
            Map<String, Object> element = of(target.element());
            if (!element.isEmpty()) {
                keywords.put(target.kind() == ValueKind.MAP ? "additionalProperties" : "items", element);
            }
        }
        return keywords;
    }

    /** Whether a property must be present: {@code @NotNull} (or {@code @NotEmpty}, {@code @NotBlank}) on it. */
    static boolean required(ValueModel value) {
        return value.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.NOT_NULL
                || c.kind() == ConstraintKind.NOT_EMPTY || c.kind() == ConstraintKind.NOT_BLANK);
    }

    private static void add(ConstraintModel constraint, ValueKind kind, Map<String, Object> keywords) {
        Map<String, Object> attributes = constraint.attributes();
        boolean number = kind.numeric();
        switch (constraint.kind()) {
            case SIZE -> size(kind, (Integer) attributes.get("min"), (Integer) attributes.get("max"), keywords);
            case NOT_EMPTY -> size(kind, 1, Integer.MAX_VALUE, keywords);
            case NOT_BLANK -> {
                keywords.put("minLength", 1);
                keywords.putIfAbsent("pattern", "\\S");
            }
            case MIN -> putIf(number, keywords, "minimum", attributes.get("value"));
            case MAX -> putIf(number, keywords, "maximum", attributes.get("value"));
            case DECIMAL_MIN -> putIf(number, keywords, Boolean.TRUE.equals(attributes.get("inclusive")) ? "minimum" : "exclusiveMinimum",
                    new BigDecimal((String) attributes.get("value")));
            case DECIMAL_MAX -> putIf(number, keywords, Boolean.TRUE.equals(attributes.get("inclusive")) ? "maximum" : "exclusiveMaximum",
                    new BigDecimal((String) attributes.get("value")));
            case POSITIVE -> putIf(number, keywords, "exclusiveMinimum", 0);
            case POSITIVE_OR_ZERO -> putIf(number, keywords, "minimum", 0);
            case NEGATIVE -> putIf(number, keywords, "exclusiveMaximum", 0);
            case NEGATIVE_OR_ZERO -> putIf(number, keywords, "maximum", 0);
            case DIGITS -> {
                int fraction = (Integer) attributes.get("fraction");
                putIf(number, keywords, "multipleOf", BigDecimal.ONE.movePointLeft(fraction));
                keywords.put("x-digits", Map.of("integer", attributes.get("integer"), "fraction", fraction));
            }
            case PATTERN -> keywords.put("pattern", "^(?:" + attributes.get("regexp") + ")$");
            case EMAIL -> keywords.put("format", "email");
            case ASSERT_TRUE -> keywords.put("const", true);
            case ASSERT_FALSE -> keywords.put("const", false);
            case PAST -> keywords.put("x-past", true);
            case PAST_OR_PRESENT -> keywords.put("x-past-or-present", true);
            case FUTURE -> keywords.put("x-future", true);
            case FUTURE_OR_PRESENT -> keywords.put("x-future-or-present", true);
            default -> { }
        }
    }

    private static void size(ValueKind kind, int min, int max, Map<String, Object> keywords) {
        List<String> names = switch (kind) {
            case CHAR_SEQUENCE -> List.of("minLength", "maxLength");
            case MAP -> List.of("minProperties", "maxProperties");
            default -> List.of("minItems", "maxItems");
        };
        if (min > 0) {
            keywords.merge(names.get(0), min, (a, b) -> Math.max((Integer) a, (Integer) b));
        }
        if (max < Integer.MAX_VALUE) {
            keywords.merge(names.get(1), max, (a, b) -> Math.min((Integer) a, (Integer) b));
        }
    }

    private static void putIf(boolean number, Map<String, Object> keywords, String keyword, Object value) {
        if (number) {
            keywords.put(keyword, value);
        }
    }
}
