package dev.skiff.support;

import com.fasterxml.jackson.core.JsonToken;
import dev.skiff.support.json.Containers;
import dev.skiff.support.json.LaxScalars;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The converters of path, query, header and cookie values, for every scalar type Skiff binds:
 * the text is read as pydantic reads a string in lax mode ({@link LaxScalars}, which reads JSON
 * bodies too), so a parameter and a body property refuse the same text with the same error.
 *
 * <pre>{@code
 * int limit = Converters.INT.convert("20");
 * }</pre>
 */
public final class Converters {
    private Converters() {}

    public static final Converter<String> STRING = new Scalar<>(0);
    public static final Converter<Integer> INT = new Scalar<>(1);
    public static final Converter<Long> LONG = new Scalar<>(2);
    public static final Converter<Short> SHORT = new Scalar<>(3);
    public static final Converter<Byte> BYTE = new Scalar<>(4);
    public static final Converter<Double> DOUBLE = new Scalar<>(5);
    public static final Converter<Float> FLOAT = new Scalar<>(6);
    public static final Converter<Boolean> BOOLEAN = new Scalar<>(7);
    public static final Converter<Character> CHAR = new Scalar<>(8);
    public static final Converter<BigDecimal> BIG_DECIMAL = new Scalar<>(9);
    public static final Converter<BigInteger> BIG_INTEGER = new Scalar<>(10);
    public static final Converter<UUID> UUID_VALUE = new Scalar<>(11);
    public static final Converter<LocalDate> LOCAL_DATE = new Scalar<>(12);
    public static final Converter<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(13);
    public static final Converter<LocalTime> LOCAL_TIME = new Scalar<>(14);
    public static final Converter<Instant> INSTANT = new Scalar<>(15);
    public static final Converter<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(16);

    /**
     * One class for every scalar converter, told apart by a number: lambdas would each cost a
     * class spun at run time when {@code Converters} first loads, milliseconds of a cold start.
     */
    private static final class Scalar<T> implements Converter<T> {
        private final int kind;

        Scalar(int kind) {
            this.kind = kind;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T convert(String text) {
            return (T) convertAny(text);
        }

        private Object convertAny(String text) {
            // text is what a JSON string holds: FastAPI validates a parameter's text as pydantic validates a str
            JsonToken token = JsonToken.VALUE_STRING;
            switch (kind) {
                case 0: return text;
                case 1: return (int) LaxScalars.integer(token, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case 2: return LaxScalars.integer(token, text, Long.MIN_VALUE, Long.MAX_VALUE);
                case 3: return (short) LaxScalars.integer(token, text, Short.MIN_VALUE, Short.MAX_VALUE);
                case 4: return (byte) LaxScalars.integer(token, text, Byte.MIN_VALUE, Byte.MAX_VALUE);
                case 5: return LaxScalars.number(token, text);
                case 6: return (float) LaxScalars.number(token, text);
                case 7: return LaxScalars.bool(token, text);
                case 8: return LaxScalars.character(token, text);
                case 9: return LaxScalars.decimal(token, text);
                case 10: return LaxScalars.bigInteger(token, text);
                case 11: return LaxScalars.uuid(token, text);
                case 12: return LaxScalars.date(token, text);
                case 13: return LaxScalars.localDateTime(token, text);
                case 14: return LaxScalars.time(token, text);
                case 15: return LaxScalars.instant(token, text);
                case 16: return LaxScalars.offsetDateTime(token, text);
                default: throw new IllegalStateException("no converter " + kind);
            }
        }
    }

    /** A converter to one of {@code constants}, matched by {@link Enum#name()}. */
    public static <E extends Enum<E>> Converter<E> enumOf(E[] constants) {
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return new EnumConverter<>(constants, names);
    }

    /** A converter to one of {@code constants}, matched by {@code names} (their JSON names, in the same order). */
    public static <E extends Enum<E>> Converter<E> enumOf(E[] constants, String... names) {
        return names.length == 0 ? enumOf(constants) : new EnumConverter<>(constants, names.clone());
    }

    /** A converter to one of {@code constants}, matched by their {@code @JsonValue} text. */
    public static <E extends Enum<E>> Converter<E> enumOf(E[] constants, java.util.function.Function<E, String> jsonValue) {
        return new EnumConverter<>(constants, Containers.jsonValues(constants, jsonValue));
    }

    private static final class EnumConverter<E extends Enum<E>> implements Converter<E> {
        private final E[] constants;
        private final String[] names;

        EnumConverter(E[] constants, String[] names) {
            this.constants = constants;
            this.names = names;
        }

        @Override
        public E convert(String text) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text)) {
                    return constants[i];
                }
            }
            throw LaxScalars.enumRefusal(List.of(names));
        }
    }
}
