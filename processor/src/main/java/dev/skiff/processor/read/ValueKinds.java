package dev.skiff.processor.read;

import dev.skiff.processor.model.ValueKind;
import java.util.Set;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Sorts a TypeMirror into the {@link ValueKind} its checks are chosen by. */
final class ValueKinds {
    /** The temporal types {@code dev.skiff.support.validation.TimeChecks} compares (Date and Calendar also by subtype). */
    private static final Set<String> TEMPORAL = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime",
            "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private final Elements elements;
    private final Types types;

    ValueKinds(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    ValueKind of(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN:
                return ValueKind.BOOLEAN;
            case BYTE: case SHORT: case INT: case LONG:
                return ValueKind.INTEGRAL;
            case DOUBLE:
                return ValueKind.DOUBLE;
            case FLOAT:
                return ValueKind.FLOAT;
            case ARRAY:
                return ValueKind.ARRAY;
            case DECLARED:
                return declared((DeclaredType) type);
            default:
                return ValueKind.OTHER;
        }
    }

    private ValueKind declared(DeclaredType type) {
        String name = qualifiedName(type);
        switch (name) {
            case "java.lang.Boolean":
                return ValueKind.BOOLEAN_BOX;
            case "java.lang.Byte": case "java.lang.Short": case "java.lang.Integer": case "java.lang.Long":
                return ValueKind.INTEGRAL_BOX;
            case "java.lang.Double":
                return ValueKind.DOUBLE_BOX;
            case "java.lang.Float":
                return ValueKind.FLOAT_BOX;
            case "java.math.BigDecimal":
                return ValueKind.BIG_DECIMAL;
            case "java.math.BigInteger":
                return ValueKind.BIG_INTEGER;
            case "java.util.Optional":
                return ValueKind.OPTIONAL;
            default:
                break;
        }
        if (TEMPORAL.contains(name) || isA(type, "java.util.Date") || isA(type, "java.util.Calendar")) {
            return ValueKind.TEMPORAL;
        }
        if (isA(type, "java.lang.CharSequence")) {
            return ValueKind.CHAR_SEQUENCE;
        }
        if (isA(type, "java.lang.Number")) {
            return ValueKind.NUMBER;
        }
        if (isA(type, "java.util.Collection")) {
            return ValueKind.COLLECTION;
        }
        if (isA(type, "java.util.Map")) {
            return ValueKind.MAP;
        }
        return ValueKind.OTHER;
    }

    /** Whether the erasure of {@code type} is a subtype of the named type. */
    boolean isA(TypeMirror type, String qualifiedName) {
        var element = elements.getTypeElement(qualifiedName);
        return element != null && types.isAssignable(types.erasure(type), types.erasure(element.asType()));
    }

    static String qualifiedName(DeclaredType type) {
        return ((javax.lang.model.element.TypeElement) type.asElement()).getQualifiedName().toString();
    }

    static boolean isDeclared(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED;
    }
}
