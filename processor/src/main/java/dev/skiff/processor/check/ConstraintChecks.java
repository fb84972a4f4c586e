package dev.skiff.processor.check;

import dev.skiff.processor.DiagnosticMessages;
import dev.skiff.processor.Diagnostics;
import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.CustomConstraint;
import dev.skiff.processor.model.ValidatedPropertyModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a validated type must follow before a validator is written: every construct
 * Skiff cannot check as Hibernate Validator would is a compile error on the element, never
 * silently skipped.
 */
final class ConstraintChecks {
    private final Diagnostics diagnostics;

    ConstraintChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reports every problem of a validated type, in declaration order. */
    void check(ValidatedTypeModel type) {
        for (ConstraintModel constraint : type.classConstraints()) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_CLASS_LEVEL, constraint.annotation().simpleName(), type.type().simpleName());
        }
        for (ValidatedPropertyModel property : type.properties()) {
            if (property.accessor() == null) {
                diagnostics.error(property.element(), DiagnosticMessages.CONSTRAINT_UNREADABLE, property.name());
            }
            checkValue(property.value(), property.name());
            ValueModel unknown = unknownCascade(property.value());
            if (unknown != null) {
                diagnostics.error(positioned(property.element()), DiagnosticMessages.CONSTRAINT_CASCADE_UNKNOWN_TYPE, property.name(),
                        property.value().type(), unknown.cascadeInto());
            }
        }
    }

    /** A record component's field, which javac reports at (the component itself has no position); else the element. */
    private static javax.lang.model.element.Element positioned(javax.lang.model.element.Element element) {
        if (element == null || element.getKind() != javax.lang.model.element.ElementKind.RECORD_COMPONENT) {
            return element;
        }
        return javax.lang.model.util.ElementFilter.fieldsIn(element.getEnclosingElement().getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().contentEquals(element.getSimpleName()))
                .findFirst().<javax.lang.model.element.Element>map(field -> field).orElse(element);
    }

    /** The value (this one or an element) whose {@code @Valid} reaches a type variable or wildcard, or null. */
    private static ValueModel unknownCascade(ValueModel value) {
        if (value.cascadesIntoUnknownType()) {
            return value;
        }
        return value.element() != null ? unknownCascade(value.element()) : null;
    }

    /**
     * A handler parameter's problems. Its local holds an Optional's content, so a user constraint
     * that stayed on the Optional (its validator accepts the Optional) would never run.
     */
    void checkParameter(ValueModel value, String name) {
        if (value.kind() == ValueKind.OPTIONAL && value.element() != null) {
            for (ConstraintModel constraint : value.constraints()) {
                if (constraint.kind() == ConstraintKind.CUSTOM && constraint.custom() != null
                        && constraint.custom().validator() != null) {
                    error(constraint, null, DiagnosticMessages.CONSTRAINT_ON_OPTIONAL_PARAMETER,
                            constraint.annotation().simpleName(), name, value.element().type());
                }
            }
        }
        checkValue(value, name);
    }

    /** The problems of one value (a property, or a handler parameter named {@code name}). */
    void checkValue(ValueModel value, String name) {
        for (ConstraintModel constraint : value.constraints()) {
            checkConstraint(constraint, value, name);
        }
        for (ConstraintModel constraint : value.keyConstraints()) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_MAP_KEY, constraint.annotation().simpleName());
        }
        if (value.element() != null) {
            checkValue(value.element(), name + " element");
        }
    }

    private void checkConstraint(ConstraintModel constraint, ValueModel value, String name) {
        String simpleName = constraint.annotation().simpleName();
        if (!constraint.groups().isEmpty()) {
            error(constraint, "groups", DiagnosticMessages.CONSTRAINT_GROUPS, simpleName, constraint.groups());
        }
        if (constraint.message().contains("${")) {
            error(constraint, "message", DiagnosticMessages.CONSTRAINT_EXPRESSION_MESSAGE, simpleName, constraint.message());
        }
        if (!constraint.kind().appliesTo(value.kind())) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_WRONG_TYPE, simpleName, name, value.type(), applicableTypes(constraint.kind()));
            return;
        }
        switch (constraint.kind()) {
            case CUSTOM -> checkCustom(constraint, value);
            case PATTERN -> checkRegexp(constraint);
            case EMAIL -> checkRegexp(constraint);
            case DECIMAL_MIN, DECIMAL_MAX -> checkDecimal(constraint);
            case SIZE -> checkRange(constraint, (Integer) constraint.attributes().get("min"),
                    (Integer) constraint.attributes().get("max"));
            case DIGITS -> checkRange(constraint, 0,
                    Math.min((Integer) constraint.attributes().get("integer"), (Integer) constraint.attributes().get("fraction")));
            default -> { }
        }
    }

    private void checkCustom(ConstraintModel constraint, ValueModel value) {
        CustomConstraint custom = constraint.custom();
        String simpleName = constraint.annotation().simpleName();
        if (custom.unsupportedValue() != null) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_NESTED_ANNOTATION, simpleName, custom.unsupportedValue());
        } else if (custom.validator() == null) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_NO_VALIDATOR, simpleName, value.type());
        } else if (!custom.publicNoArg()) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_NO_CONSTRUCTOR, custom.validator().simpleName(), simpleName);
        }
    }

    private void checkRegexp(ConstraintModel constraint) {
        String regexp = (String) constraint.attributes().get("regexp");
        try {
            Pattern.compile(regexp);
        } catch (PatternSyntaxException e) {
            error(constraint, "regexp", DiagnosticMessages.CONSTRAINT_BAD_REGEXP, constraint.annotation().simpleName(), regexp, e.getDescription());
        }
    }

    private void checkDecimal(ConstraintModel constraint) {
        String value = (String) constraint.attributes().get("value");
        try {
            new BigDecimal(value);
        } catch (NumberFormatException e) {
            error(constraint, "value", DiagnosticMessages.CONSTRAINT_BAD_DECIMAL, constraint.annotation().simpleName(), value);
        }
    }

    private void checkRange(ConstraintModel constraint, int min, int max) {
        if (min < 0 || max < 0 || max < min) {
            error(constraint, null, DiagnosticMessages.CONSTRAINT_BAD_RANGE, constraint.annotation().simpleName(), constraint.attributes());
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

    /** An error on the constraint, with the caret on {@code attribute} where it is written. */
    private void error(ConstraintModel constraint, String attribute, String message, Object... args) {
        diagnostics.error(constraint.element(), constraint.mirror(),
                attribute == null ? null : Diagnostics.explicitValue(constraint.mirror(), attribute), message, args);
    }
}
