package dev.skiff.processor.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a validated type must follow before a validator is written: every construct
 * Skiff cannot check as Hibernate Validator would is a compile error on the element, never
 * silently skipped. Messages are constants so tests can name them.
 */
public final class ConstraintChecks {
    public static final String GROUPS =
            "@%s names validation groups %s; Skiff validates the Default group only: remove groups";
    public static final String CLASS_LEVEL =
            "@%s on class %s: class-level constraints are not supported; put the constraint on a property";
    public static final String WRONG_TYPE =
            "@%s does not apply to %s of type %s; use it on %s, or remove it";
    public static final String EXPRESSION_MESSAGE =
            "@%s message \"%s\" uses expression language ${...}, which Skiff does not evaluate; use {attribute} parameters instead";
    public static final String MAP_KEY =
            "@%s on a map key or an array element is not supported; use a List for constrained elements, and check map keys in the handler";
    public static final String UNREADABLE =
            "%s is private and has no getter, so the generated validator cannot read it without reflection; add a getter or make it package-private";
    public static final String NO_VALIDATOR =
            "@%s has no ConstraintValidator in validatedBy that accepts %s; add one to @Constraint(validatedBy = ...)";
    public static final String NO_CONSTRUCTOR =
            "%s, the validator of @%s, needs a public no-argument constructor (and must be a public top-level or static class): generated code creates it with new";
    public static final String NESTED_ANNOTATION =
            "@%s member %s holds an annotation, which Skiff cannot synthesise at compile time; use a simpler value";
    public static final String BAD_REGEXP =
            "@%s regexp \"%s\" is not a valid regular expression: %s";
    public static final String BAD_DECIMAL =
            "@%s value \"%s\" is not a decimal number; write it like \"0.01\"";
    public static final String BAD_RANGE =
            "@%s(%s) is not a valid range; use non-negative values with min <= max";

    private ConstraintChecks() {}

    /** Every problem of the model, in declaration order. */
    public static List<ConstraintError> check(ValidatedTypeModel type) {
        List<ConstraintError> errors = new ArrayList<>();
        for (ConstraintModel constraint : type.classConstraints()) {
            errors.add(error(constraint, CLASS_LEVEL, constraint.annotation().simpleName(), type.type().simpleName()));
        }
        for (PropertyModel property : type.properties()) {
            if (property.accessor() == null) {
                errors.add(new ConstraintError(property.element(), null, String.format(UNREADABLE, property.name())));
            }
            checkValue(property.value(), property.name(), errors);
        }
        return errors;
    }

    /** The problems of one value (a property, or a handler parameter named {@code name}). */
    public static void checkValue(ValueModel value, String name, List<ConstraintError> errors) {
        for (ConstraintModel constraint : value.constraints()) {
            checkConstraint(constraint, value, name, errors);
        }
        for (ConstraintModel constraint : value.keyConstraints()) {
            errors.add(error(constraint, MAP_KEY, constraint.annotation().simpleName()));
        }
        if (value.element() != null) {
            checkValue(value.element(), name + " element", errors);
        }
    }

    private static void checkConstraint(ConstraintModel constraint, ValueModel value, String name, List<ConstraintError> errors) {
        String simpleName = constraint.annotation().simpleName();
        if (!constraint.groups().isEmpty()) {
            errors.add(error(constraint, GROUPS, simpleName, constraint.groups()));
        }
        if (constraint.message().contains("${")) {
            errors.add(error(constraint, EXPRESSION_MESSAGE, simpleName, constraint.message()));
        }
        if (!constraint.kind().appliesTo(value.kind())) {
            errors.add(error(constraint, WRONG_TYPE, simpleName, name, value.type(), applicableTypes(constraint.kind())));
            return;
        }
        switch (constraint.kind()) {
            case CUSTOM -> checkCustom(constraint, value, errors);
            case PATTERN -> checkRegexp(constraint, errors);
            case EMAIL -> checkRegexp(constraint, errors);
            case DECIMAL_MIN, DECIMAL_MAX -> checkDecimal(constraint, errors);
            case SIZE -> checkRange(constraint, (Integer) constraint.attributes().get("min"),
                    (Integer) constraint.attributes().get("max"), errors);
            case DIGITS -> checkRange(constraint, 0,
                    Math.min((Integer) constraint.attributes().get("integer"), (Integer) constraint.attributes().get("fraction")),
                    errors);
            default -> { }
        }
    }

    private static void checkCustom(ConstraintModel constraint, ValueModel value, List<ConstraintError> errors) {
        CustomConstraint custom = constraint.custom();
        String simpleName = constraint.annotation().simpleName();
        if (custom.unsupportedValue() != null) {
            errors.add(error(constraint, NESTED_ANNOTATION, simpleName, custom.unsupportedValue()));
        } else if (custom.validator() == null) {
            errors.add(error(constraint, NO_VALIDATOR, simpleName, value.type()));
        } else if (!custom.publicNoArg()) {
            errors.add(error(constraint, NO_CONSTRUCTOR, custom.validator().simpleName(), simpleName));
        }
    }

    private static void checkRegexp(ConstraintModel constraint, List<ConstraintError> errors) {
        String regexp = (String) constraint.attributes().get("regexp");
        try {
            Pattern.compile(regexp);
        } catch (PatternSyntaxException e) {
            errors.add(error(constraint, BAD_REGEXP, constraint.annotation().simpleName(), regexp, e.getDescription()));
        }
    }

    private static void checkDecimal(ConstraintModel constraint, List<ConstraintError> errors) {
        String value = (String) constraint.attributes().get("value");
        try {
            new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(error(constraint, BAD_DECIMAL, constraint.annotation().simpleName(), value));
        }
    }

    private static void checkRange(ConstraintModel constraint, int min, int max, List<ConstraintError> errors) {
        if (min < 0 || max < 0 || max < min) {
            errors.add(error(constraint, BAD_RANGE, constraint.annotation().simpleName(), constraint.attributes()));
        }
    }

    private static String applicableTypes(ConstraintKind kind) {
        return switch (kind) {
            case NOT_EMPTY, SIZE -> "a String, collection, map or array";
            case NOT_BLANK, PATTERN, EMAIL -> "a String or other CharSequence";
            case ASSERT_TRUE, ASSERT_FALSE -> "a boolean or Boolean";
            case PAST, PAST_OR_PRESENT, FUTURE, FUTURE_OR_PRESENT ->
                    "a java.time value (Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, OffsetTime, ZonedDateTime, Year, YearMonth, MonthDay), Date or Calendar";
            default -> "a number (primitive, box, BigDecimal, BigInteger) or a CharSequence holding one";
        };
    }

    private static ConstraintError error(ConstraintModel constraint, String format, Object... args) {
        return new ConstraintError(constraint.element(), constraint.mirror(), String.format(format, args));
    }
}
