package dev.skiff.processor;

import dev.skiff.core.ValidationProblem;
import dev.skiff.processor.CodecDifferentialTest.Document;
import dev.skiff.processor.CodecDifferentialTest.Outcome;
import dev.skiff.processor.JsonDocuments.Kind;
import dev.skiff.processor.JsonDocuments.Model;
import dev.skiff.processor.JsonDocuments.Raw;
import dev.skiff.processor.JsonDocuments.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What the generated codec and databind must each make of a document, by its mutation: the same
 * value, both a refusal, or the deliberate difference {@link CodecDifferentialTest} lists.
 */
final class CodecExpectations {
    private CodecExpectations() {}

    /** Null when the outcomes are the ones {@code document}'s mutation calls for, else what is wrong. */
    static String check(Document document, Outcome skiff, Outcome databind, BiFunction<Model, String, Outcome> reread) {
        List<Object> loc = document.slot() == null ? null : body(document.slot().loc());
        return switch (document.mutation()) {
            case DUPLICATE_KEY -> inBean(document) ? same(skiff, databind)
                    : !databind.accepted() ? (skiff.accepted() ? null : "expected the codec to take the last value")
                    : same(skiff, databind);
            case VALID, UNKNOWN_FIELD, DEEP_AT_LIMIT, MISSING_OPTIONAL, NULL_FOR_NULLABLE, NUMERIC_STRING,
                    WHOLE_FLOAT_FOR_INT, BOOLEAN_STRING, NAN_STRING -> same(skiff, databind);
            case HUGE_NUMBER -> hugeFloatForBigInteger(document)
                    ? refusedOnly(skiff, databind, loc, Set.of("finite_number"), false) : sameOrBothRefused(skiff, databind);
            case WRONG_TYPE -> bothRefused(skiff, databind, problemAt(skiff, loc, null));
            case MALFORMED, NAN_TOKEN -> bothRefused(skiff, databind, problemAt(skiff, null, Set.of("json_invalid")));
            case DEEP_PAST_LIMIT -> bothRefused(skiff, databind, null);
            case MISSING_REQUIRED -> refusedOnly(skiff, databind, loc, Set.of("missing"),
                    primitive(document) && !inBean(document));
            case NULL_FOR_REQUIRED -> refusedOnly(skiff, databind, loc, null, primitive(document));
            case NUMBER_FOR_STRING -> refusedOnly(skiff, databind, loc, Set.of("string_type"), false);
            case FRACTION_FOR_INT -> refusedOnly(skiff, databind, loc, Set.of("int_from_float"), false);
            case INDEX_FOR_ENUM -> refusedOnly(skiff, databind, loc, Set.of("enum"), false);
            case TRAILING_DATA -> refusedOnly(skiff, databind, null, Set.of("json_invalid"), false);
            case MISSING_DEFAULTED -> {
                Outcome explicit = reread.apply(document.model(), document.withDefault());
                if (!skiff.accepted() || databind.accepted() == primitive(document)) {
                    yield "expected the codec to accept a document without a defaulted property, and databind to "
                            + (primitive(document) ? "refuse it (a primitive)" : "accept it");
                }
                yield Objects.equals(skiff.value(), explicit.value()) ? null
                        : "expected the codec to read the default, as written in: " + explicit;
            }
            case BOOLEAN_WORD -> skiff.accepted() && !databind.accepted() ? null
                    : "expected the codec to read pydantic's boolean word and databind to refuse it";
            case BOOLEAN_NUMBER -> {
                String number = ((Raw) document.slot().node()).json();
                boolean zeroOrOne = number.equals("0") || number.equals("1");
                if (!databind.accepted()) {
                    yield "expected databind to read an integer as a boolean";
                }
                yield zeroOrOne ? same(skiff, databind) : problemAt(skiff, loc, Set.of("bool_parsing"));
            }
            case BOOLEAN_FOR_NUMBER -> {
                boolean decimal = ((Scalar) CodecMutations.unwrap(document.slot().shape())).kind() == Kind.BIG_DECIMAL;
                if (databind.accepted()) {
                    yield "expected databind to refuse a boolean for a number";
                }
                yield decimal ? problemAt(skiff, loc, Set.of("decimal_type"))
                        : skiff.accepted() ? null : "expected the codec to read a boolean as 1 or 0";
            }
        };
    }

    /** Whether the slot is a property of a bean, which databind fills through setters rather than a creator. */
    private static boolean inBean(Document document) {
        return CodecDifferentialTest.isBeanProperty(document.slot().prop());
    }

    private static boolean hugeFloatForBigInteger(Document document) {
        return CodecMutations.unwrap(document.slot().shape()) instanceof Scalar scalar && scalar.kind() == Kind.BIG_INTEGER
                && ((Raw) document.slot().node()).json().toLowerCase(java.util.Locale.ROOT).endsWith("e400");
    }

    private static boolean primitive(Document document) {
        return document.slot().shape() instanceof Scalar scalar && scalar.primitive();
    }

    private static String same(Outcome skiff, Outcome databind) {
        if (!skiff.accepted() || !databind.accepted()) {
            return "expected both to accept";
        }
        return Objects.equals(skiff.value(), databind.value()) ? null : "expected equal values";
    }

    private static String sameOrBothRefused(Outcome skiff, Outcome databind) {
        return !skiff.accepted() && !databind.accepted() ? null : same(skiff, databind);
    }

    private static String bothRefused(Outcome skiff, Outcome databind, String problem) {
        if (skiff.accepted() || databind.accepted()) {
            return "expected both to refuse";
        }
        return problem;
    }

    /**
     * The deliberate difference: the codec refuses with exactly one problem (of one of {@code types},
     * at {@code loc} unless null); databind accepts, or refuses too when {@code databindRefuses}.
     */
    private static String refusedOnly(Outcome skiff, Outcome databind, List<Object> loc, Set<String> types,
            boolean databindRefuses) {
        if (databind.accepted() == databindRefuses) {
            return databindRefuses ? "expected databind to refuse" : "expected databind to accept";
        }
        if (skiff.accepted() || skiff.problems().size() != 1) {
            return "expected the codec to refuse with exactly one problem";
        }
        return problemAt(skiff, loc, types);
    }

    private static String problemAt(Outcome skiff, List<Object> loc, Set<String> types) {
        for (ValidationProblem problem : skiff.problems()) {
            if ((loc == null || problem.loc().equals(loc)) && (types == null || types.contains(problem.type()))) {
                return null;
            }
        }
        return "expected a problem " + (types == null ? "" : types + " ") + (loc == null ? "" : "at " + loc);
    }

    private static List<Object> body(List<Object> loc) {
        List<Object> at = new ArrayList<>(List.of("body"));
        at.addAll(loc);
        return at;
    }
}
