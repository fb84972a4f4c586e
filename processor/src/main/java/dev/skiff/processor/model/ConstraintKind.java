package dev.skiff.processor.model;

import java.util.Locale;
import java.util.function.Predicate;

/** The built-in constraints of Jakarta Validation 3.1, plus user constraints, and the values each applies to. */
public enum ConstraintKind {
    NULL("Null", kind -> true),
    NOT_NULL("NotNull", kind -> true),
    NOT_EMPTY("NotEmpty", ValueKind::sized),
    NOT_BLANK("NotBlank", kind -> kind == ValueKind.CHAR_SEQUENCE),
    SIZE("Size", ValueKind::sized),
    MIN("Min", ConstraintKind::numberOrText),
    MAX("Max", ConstraintKind::numberOrText),
    DECIMAL_MIN("DecimalMin", ConstraintKind::numberOrText),
    DECIMAL_MAX("DecimalMax", ConstraintKind::numberOrText),
    POSITIVE("Positive", ConstraintKind::numberOrText),
    POSITIVE_OR_ZERO("PositiveOrZero", ConstraintKind::numberOrText),
    NEGATIVE("Negative", ConstraintKind::numberOrText),
    NEGATIVE_OR_ZERO("NegativeOrZero", ConstraintKind::numberOrText),
    DIGITS("Digits", ConstraintKind::numberOrText),
    PATTERN("Pattern", kind -> kind == ValueKind.CHAR_SEQUENCE),
    EMAIL("Email", kind -> kind == ValueKind.CHAR_SEQUENCE),
    ASSERT_TRUE("AssertTrue", ConstraintKind::bool),
    ASSERT_FALSE("AssertFalse", ConstraintKind::bool),
    PAST("Past", kind -> kind == ValueKind.TEMPORAL),
    PAST_OR_PRESENT("PastOrPresent", kind -> kind == ValueKind.TEMPORAL),
    FUTURE("Future", kind -> kind == ValueKind.TEMPORAL),
    FUTURE_OR_PRESENT("FutureOrPresent", kind -> kind == ValueKind.TEMPORAL),
    /** A user's {@code @Constraint(validatedBy = ...)}: what it accepts is its validator's business. */
    CUSTOM("", kind -> true);

    public static final String PACKAGE = "jakarta.validation.constraints";

    private final String simpleName;
    private final Predicate<ValueKind> applies;

    ConstraintKind(String simpleName, Predicate<ValueKind> applies) {
        this.simpleName = simpleName;
        this.applies = applies;
    }

    /** The built-in constraint with this annotation name, or null. */
    public static ConstraintKind ofAnnotation(String qualifiedName) {
        for (ConstraintKind kind : values()) {
            if (kind != CUSTOM && qualifiedName.equals(PACKAGE + "." + kind.simpleName)) {
                return kind;
            }
        }
        return null;
    }

    public String simpleName() {
        return simpleName;
    }

    /** Whether Hibernate Validator has a validator of this constraint for such a value. */
    public boolean appliesTo(ValueKind kind) {
        return applies.test(kind);
    }

    /** The {@code type} of its 422 entries: the annotation's simple name in snake case. */
    public static String problemType(String annotationSimpleName) {
        return annotationSimpleName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static boolean numberOrText(ValueKind kind) {
        return kind.numeric() || kind == ValueKind.CHAR_SEQUENCE;
    }

    private static boolean bool(ValueKind kind) {
        return kind == ValueKind.BOOLEAN || kind == ValueKind.BOOLEAN_BOX;
    }
}
