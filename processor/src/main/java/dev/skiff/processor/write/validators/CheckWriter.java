package dev.skiff.processor.write.validators;

import dev.skiff.processor.write.FrameworkTypes;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.skiff.processor.model.ConstraintKind;
import dev.skiff.processor.model.ConstraintModel;
import dev.skiff.processor.model.ValidatedTypeModel;
import dev.skiff.processor.model.ValueKind;
import dev.skiff.processor.model.ValueModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the straight-line checks of one value: each constraint as an {@code if} that
 * reports into {@code problems}, then its container elements in a loop, then the cascade
 * into a nested validator. Used per property by {@link ValidatorWriter}, and per handler
 * parameter by the invoker writer (whose class then adds the {@link ConstantPool}).
 *
 * <pre>{@code
 * if (name != null && !(name.length() >= 0 && name.length() <= 80)) {
 *   problems.add("size", loc, "size must be between 0 and 80", name, OnFirstViolation.CTX_0, "name");
 * }
 * }</pre>
 */
final class CheckWriter {
    private final ConstantPool pool;
    private final String problems;
    private final CodeBlock clock;
    private int nextLoop;

    /**
     * @param pool     where constants go
     * @param problems the name of the {@code dev.skiff.support.Problems} variable in scope
     * @param clock    the {@code java.time.Clock} temporal checks read now from (null at run time: the system clock)
     */
    public CheckWriter(ConstantPool pool, String problems, CodeBlock clock) {
        this.pool = pool;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The checks of {@code value}, held in {@code variable}; violations are reported at the
     * {@code List<Object>} expression {@code loc} followed by {@code path} (string literals or
     * int variables).
     */
    public CodeBlock write(ValueModel value, String variable, CodeBlock loc, List<CodeBlock> path) {
        return write(value, variable, loc, path, false);
    }

    /** As {@link #write(ValueModel, String, CodeBlock, List)}, for a variable the caller knows is not null. */
    public CodeBlock writeNonNull(ValueModel value, String variable, CodeBlock loc, List<CodeBlock> path) {
        return write(value, variable, loc, path, true);
    }

    private CodeBlock write(ValueModel value, String variable, CodeBlock loc, List<CodeBlock> path, boolean nonNull) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (ConstraintModel constraint : value.constraints()) {
            if (constraint.kind() == ConstraintKind.CUSTOM) {
                writeCustom(code, constraint, variable, loc, path);
                continue;
            }
            CodeBlock failed = failure(constraint, value.kind(), value.kind().primitive() || nonNull, variable);
            if (failed == null) {
                continue;
            }
            code.beginControlFlow("if ($L)", failed)
                    .addStatement("$N.add($S, $L, $L, $N, $N$L)", problems, constraint.problemType(), loc,
                            pool.message(constraint), variable, pool.ctx(constraint), pathArguments(path))
                    .endControlFlow();
        }
        if (value.element() != null && value.element().checksAnything()) {
            writeElements(code, value, variable, loc, path);
        }
        // a cascade into a type variable is a compile error (ConstraintChecks)
        if (value.cascadeInto() != null && !value.cascadesIntoUnknownType()) {
            String nestedLoc = "nestedLoc$" + nextLoop++;
            code.beginControlFlow("if ($N != null)", variable)
                    .add(nestedLoc(nestedLoc, loc, path))
                    .addStatement("$T.validate($N, $T.of($N), $N, $L)", ValidatedTypeModel.validatorNameOf(value.cascadeInto()),
                            variable, List.class, nestedLoc, problems, clock)
                    .endControlFlow();
        }
        return code.build();
    }

    /**
     * Declares {@code name}, an {@code Object[]} of {@code loc} followed by {@code path}: the
     * parts of the loc a nested value's problems go to ({@code List.of(name)}). Built in place,
     * not by a runtime helper, so that a valid nested value loads no reporting class on a first
     * request.
     */
    static CodeBlock nestedLoc(String name, CodeBlock loc, List<CodeBlock> path) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("var $N = $L.toArray(new Object[$L.size() + $L])", name, loc, loc, path.size());
        for (int i = 0; i < path.size(); i++) {
            code.addStatement("$N[$L.size()$L] = $L", name, loc, i == 0 ? "" : " + " + i, path.get(i));
        }
        return code.build();
    }

    /** A user's validator, with a context it may add violations to; it sees null too, as under Hibernate Validator. */
    private void writeCustom(CodeBlock.Builder code, ConstraintModel constraint, String variable, CodeBlock loc,
                             List<CodeBlock> path) {
        String context = "context$" + nextLoop++;
        code.addStatement("var $N = new $T($S, $L)", context, FrameworkTypes.CUSTOM_CONTEXT, constraint.message(), clock)
                .beginControlFlow("if (!$N.isValid($N, $N))", pool.validator(constraint), variable, context)
                .addStatement("$N.report($N, $L, $S, $L, $N, $N$L)", context, problems, loc, constraint.problemType(),
                        pool.message(constraint), variable, pool.ctx(constraint), pathArguments(path))
                .endControlFlow();
    }

    private void writeElements(CodeBlock.Builder code, ValueModel value, String variable, CodeBlock loc, List<CodeBlock> path) {
        int n = nextLoop++;
        // '$' in the temporaries' names: no property or parameter of user code is named like them
        String element = "element$" + n;
        List<CodeBlock> elementPath = new ArrayList<>(path);
        switch (value.kind()) {
            case OPTIONAL -> {
                // an empty Optional is checked as null, as Hibernate Validator unwraps it
                code.addStatement("var $N = $N == null ? null : $N.orElse(null)", element, variable, variable);
                code.add(write(value.element(), element, loc, elementPath));
            }
            case MAP -> {
                String entry = "entry$" + n;
                elementPath.add(CodeBlock.of("$N.getKey()", entry));
                code.beginControlFlow("if ($N != null)", variable)
                        .beginControlFlow("for (var $N : $N.entrySet())", entry, variable)
                        .addStatement("var $N = $N.getValue()", element, entry)
                        .add(write(value.element(), element, loc, elementPath))
                        .endControlFlow()
                        .endControlFlow();
            }
            default -> {
                String index = "index$" + n;
                elementPath.add(CodeBlock.of("$N", index));
                code.beginControlFlow("if ($N != null)", variable)
                        .addStatement("int $N = 0", index)
                        .beginControlFlow("for (var $N : $N)", element, variable)
                        .add(write(value.element(), element, loc, elementPath))
                        .addStatement("$N++", index)
                        .endControlFlow()
                        .endControlFlow();
            }
        }
    }

    /** A boolean expression that is true when the constraint is violated, or null when it never can be. */
    private CodeBlock failure(ConstraintModel constraint, ValueKind kind, boolean neverNull, String v) {
        switch (constraint.kind()) {
            case NULL:
                return neverNull ? CodeBlock.of("true") : CodeBlock.of("$N != null", v);
            case NOT_NULL:
                return neverNull ? null : CodeBlock.of("$N == null", v);
            case NOT_EMPTY:
                return CodeBlock.of("!$T.notEmpty($N)", FrameworkTypes.SIZE_CHECKS, v);
            case NOT_BLANK:
                // inline, as the simple checks below: a first validation loads no check class for them
                return CodeBlock.of("($N == null || $N.toString().isBlank())", v, v);
            default:
                CodeBlock ok = satisfied(constraint, kind, v);
                return neverNull ? CodeBlock.of("!($L)", ok) : CodeBlock.of("$N != null && !($L)", v, ok);
        }
    }

    /** A boolean expression, for a non-null value, that is true when the constraint holds. */
    private CodeBlock satisfied(ConstraintModel constraint, ValueKind kind, String v) {
        var attributes = constraint.attributes();
        CodeBlock number = numberArgument(kind, v);
        CodeBlock inline = inlined(constraint, kind, v, number);
        if (inline != null) {
            return inline;
        }
        return switch (constraint.kind()) {
            case SIZE -> CodeBlock.of("$T.size($N, $L, $L)", FrameworkTypes.SIZE_CHECKS, v, attributes.get("min"), attributes.get("max"));
            case MIN -> CodeBlock.of("$T.min($L, $LL)", FrameworkTypes.BOUND_CHECKS, number, attributes.get("value"));
            case MAX -> CodeBlock.of("$T.max($L, $LL)", FrameworkTypes.BOUND_CHECKS, number, attributes.get("value"));
            case DECIMAL_MIN -> CodeBlock.of("$T.decimalMin($L, $N, $L)", FrameworkTypes.BOUND_CHECKS, number,
                    pool.decimal((String) attributes.get("value")), attributes.get("inclusive"));
            case DECIMAL_MAX -> CodeBlock.of("$T.decimalMax($L, $N, $L)", FrameworkTypes.BOUND_CHECKS, number,
                    pool.decimal((String) attributes.get("value")), attributes.get("inclusive"));
            case POSITIVE -> CodeBlock.of("$T.positive($L)", FrameworkTypes.SIGN_CHECKS, number);
            case POSITIVE_OR_ZERO -> CodeBlock.of("$T.positiveOrZero($L)", FrameworkTypes.SIGN_CHECKS, number);
            case NEGATIVE -> CodeBlock.of("$T.negative($L)", FrameworkTypes.SIGN_CHECKS, number);
            case NEGATIVE_OR_ZERO -> CodeBlock.of("$T.negativeOrZero($L)", FrameworkTypes.SIGN_CHECKS, number);
            case DIGITS -> CodeBlock.of("$T.digits($L, $L, $L)", FrameworkTypes.DIGITS_CHECKS, number, attributes.get("integer"),
                    attributes.get("fraction"));
            case PATTERN -> CodeBlock.of("$N.matcher($N).matches()",
                    pool.pattern((String) attributes.get("regexp"), (List<?>) attributes.get("flags")), v);
            case EMAIL -> email(attributes, v);
            case ASSERT_TRUE -> CodeBlock.of("$N", v);
            case ASSERT_FALSE -> CodeBlock.of("!$N", v);
            case PAST -> CodeBlock.of("$T.compareToNow($N, $L) < 0", FrameworkTypes.TIME_CHECKS, v, clock);
            case PAST_OR_PRESENT -> CodeBlock.of("$T.compareToNow($N, $L) <= 0", FrameworkTypes.TIME_CHECKS, v, clock);
            case FUTURE -> CodeBlock.of("$T.compareToNow($N, $L) > 0", FrameworkTypes.TIME_CHECKS, v, clock);
            case FUTURE_OR_PRESENT -> CodeBlock.of("$T.compareToNow($N, $L) >= 0", FrameworkTypes.TIME_CHECKS, v, clock);
            default -> throw new IllegalStateException("no check for " + constraint.kind());
        };
    }

    /**
     * The checks simple enough to write in place, with the semantics of their check class:
     * sizes of text and collections, bounds and signs of integral values (compared as long),
     * signs and bounds of floating-point values, signs and digits of BigDecimal (taken as
     * written). Null when the check needs its class.
     */
    private CodeBlock inlined(ConstraintModel constraint, ValueKind kind, String v, CodeBlock number) {
        var attributes = constraint.attributes();
        boolean integral = kind == ValueKind.INTEGRAL || kind == ValueKind.INTEGRAL_BOX;
        boolean signed = integral || kind == ValueKind.BIG_DECIMAL || kind == ValueKind.BIG_INTEGER;
        CodeBlock sign = integral ? number : CodeBlock.of("$N.signum()", v);
        CodeBlock floating = floating(constraint, kind, number);
        if (floating != null) {
            return floating;
        }
        return switch (constraint.kind()) {
            case SIZE -> switch (kind) {
                case CHAR_SEQUENCE -> between(CodeBlock.of("$N.length()", v), attributes);
                case COLLECTION, MAP -> between(CodeBlock.of("$N.size()", v), attributes);
                default -> null;
            };
            case MIN -> integral ? CodeBlock.of("$L >= $LL", number, attributes.get("value")) : null;
            case MAX -> integral ? CodeBlock.of("$L <= $LL", number, attributes.get("value")) : null;
            case POSITIVE -> signed ? CodeBlock.of("$L > 0", sign) : null;
            case POSITIVE_OR_ZERO -> signed ? CodeBlock.of("$L >= 0", sign) : null;
            case NEGATIVE -> signed ? CodeBlock.of("$L < 0", sign) : null;
            case NEGATIVE_OR_ZERO -> signed ? CodeBlock.of("$L <= 0", sign) : null;
            // integer digits are precision - scale, fraction digits max(scale, 0), and fraction >= 0
            case DIGITS -> kind == ValueKind.BIG_DECIMAL
                    ? CodeBlock.of("$N.precision() - $N.scale() <= $L && $N.scale() <= $L", v, v,
                            attributes.get("integer"), v, attributes.get("fraction"))
                    : null;
            default -> null;
        };
    }

    /**
     * A sign or bound check of a {@code double} or {@code float}, with the semantics of
     * {@code SignChecks}/{@code BoundChecks}: compared as {@code Double.compare}
     * ({@code Float.compare}) does, so -0.0 is below zero, and NaN satisfies no sign and is out
     * of every bound. A decimal bound compares with its nearest double, computed here; only a
     * value equal to that double asks {@code BoundChecks} for the exact decimal comparison
     * (rounding never reverses an order). Null for other kinds and constraints.
     */
    private CodeBlock floating(ConstraintModel constraint, ValueKind kind, CodeBlock number) {
        Class<?> box = switch (kind) {
            case DOUBLE, DOUBLE_BOX -> Double.class;
            case FLOAT, FLOAT_BOX -> Float.class;
            default -> null;
        };
        if (box == null) {
            return null;
        }
        String zero = box == Float.class ? "0.0f" : "0.0";
        CodeBlock notNaN = CodeBlock.of("!$T.isNaN($L)", box, number);
        Object value = constraint.attributes().get("value");
        return switch (constraint.kind()) {
            // NaN compares above zero, and -0.0 below it
            case POSITIVE -> CodeBlock.of("$L > $L", number, zero);
            case POSITIVE_OR_ZERO -> CodeBlock.of("$L && $T.compare($L, $L) >= 0", notNaN, box, number, zero);
            case NEGATIVE -> CodeBlock.of("$T.compare($L, $L) < 0", box, number, zero);
            case NEGATIVE_OR_ZERO -> CodeBlock.of("$T.compare($L, $L) <= 0", box, number, zero);
            case MIN -> CodeBlock.of("$L && $T.compare($L, $LL) >= 0", notNaN, box, number, value);
            case MAX -> CodeBlock.of("$L && $T.compare($L, $LL) <= 0", notNaN, box, number, value);
            case DECIMAL_MIN -> decimalBound(constraint, notNaN, number, ">", "decimalMin");
            case DECIMAL_MAX -> decimalBound(constraint, notNaN, number, "<", "decimalMax");
            default -> null;
        };
    }

    private CodeBlock decimalBound(ConstraintModel constraint, CodeBlock notNaN, CodeBlock number, String beyond,
                                   String exactCheck) {
        String value = (String) constraint.attributes().get("value");
        CodeBlock nearest = Literals.doubleLiteral(new java.math.BigDecimal(value).doubleValue());
        return CodeBlock.of("$L && ($L $L $L || $L == $L && $T.$L($L, $N, $L))", notNaN, number, beyond, nearest, number,
                nearest, FrameworkTypes.BOUND_CHECKS, exactCheck, number, pool.decimal(value), constraint.attributes().get("inclusive"));
    }

    private static CodeBlock between(CodeBlock size, java.util.Map<String, Object> attributes) {
        return CodeBlock.of("$L >= $L && $L <= $L", size, attributes.get("min"), size, attributes.get("max"));
    }

    private CodeBlock email(java.util.Map<String, Object> attributes, String v) {
        List<?> flags = (List<?>) attributes.get("flags");
        String regexp = (String) attributes.get("regexp");
        if (".*".equals(regexp) && flags.isEmpty()) {
            return CodeBlock.of("$T.email($N)", FrameworkTypes.EMAIL_CHECKS, v);
        }
        return CodeBlock.of("$T.email($N, $N)", FrameworkTypes.EMAIL_CHECKS, v, pool.pattern(regexp, flags));
    }

    /** Boxes are unboxed to the primitive their type compares as; other numbers pass as they are. */
    private static CodeBlock numberArgument(ValueKind kind, String v) {
        return switch (kind) {
            case INTEGRAL_BOX -> CodeBlock.of("$N.longValue()", v);
            case DOUBLE_BOX -> CodeBlock.of("$N.doubleValue()", v);
            case FLOAT_BOX -> CodeBlock.of("$N.floatValue()", v);
            default -> CodeBlock.of("$N", v);
        };
    }

    private static CodeBlock pathArguments(List<CodeBlock> path) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (CodeBlock part : path) {
            code.add(", $L", part);
        }
        return code.build();
    }
}
