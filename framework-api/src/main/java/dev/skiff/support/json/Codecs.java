package dev.skiff.support.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The codecs of the JDK's scalars, which generated record codecs and {@link Containers} compose.
 * Each reads the JSON type it is written as on a fast path, and hands every other input to
 * {@link LaxScalars}, which converts it as pydantic's lax mode does or refuses it with
 * pydantic's error. Each writes its value as databind does. They are one class told apart by a
 * number, as {@code Converters} are: eighteen classes would each be loaded at a cold start.
 *
 * <pre>{@code
 * String name = in.field("name", Codecs.STRING);
 * Codecs.INT.write(generator, 42);
 * }</pre>
 */
public final class Codecs {
    private Codecs() {}

    private static final int STRING_KIND = 0;
    private static final int INT_KIND = 1;
    private static final int LONG_KIND = 2;
    private static final int SHORT_KIND = 3;
    private static final int BYTE_KIND = 4;
    private static final int BIG_INTEGER_KIND = 5;
    private static final int DOUBLE_KIND = 6;
    private static final int FLOAT_KIND = 7;
    private static final int BIG_DECIMAL_KIND = 8;
    private static final int BOOLEAN_KIND = 9;
    private static final int CHAR_KIND = 10;
    private static final int UUID_KIND = 11;
    private static final int LOCAL_DATE_KIND = 12;
    private static final int LOCAL_DATE_TIME_KIND = 13;
    private static final int LOCAL_TIME_KIND = 14;
    private static final int INSTANT_KIND = 15;
    private static final int OFFSET_DATE_TIME_KIND = 16;
    private static final int ANY_KIND = 17;
    private static final int BASE64_KIND = 18;

    public static final JsonCodec<String> STRING = new Scalar<>(STRING_KIND);
    public static final JsonCodec<Integer> INT = new Scalar<>(INT_KIND);
    public static final JsonCodec<Long> LONG = new Scalar<>(LONG_KIND);
    public static final JsonCodec<Short> SHORT = new Scalar<>(SHORT_KIND);
    public static final JsonCodec<Byte> BYTE = new Scalar<>(BYTE_KIND);
    public static final JsonCodec<BigInteger> BIG_INTEGER = new Scalar<>(BIG_INTEGER_KIND);
    public static final JsonCodec<Double> DOUBLE = new Scalar<>(DOUBLE_KIND);
    public static final JsonCodec<Float> FLOAT = new Scalar<>(FLOAT_KIND);
    public static final JsonCodec<BigDecimal> BIG_DECIMAL = new Scalar<>(BIG_DECIMAL_KIND);
    public static final JsonCodec<Boolean> BOOLEAN = new Scalar<>(BOOLEAN_KIND);
    public static final JsonCodec<Character> CHAR = new Scalar<>(CHAR_KIND);
    public static final JsonCodec<UUID> UUID_VALUE = new Scalar<>(UUID_KIND);
    public static final JsonCodec<LocalDate> LOCAL_DATE = new Scalar<>(LOCAL_DATE_KIND);
    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(LOCAL_DATE_TIME_KIND);
    public static final JsonCodec<LocalTime> LOCAL_TIME = new Scalar<>(LOCAL_TIME_KIND);
    public static final JsonCodec<Instant> INSTANT = new Scalar<>(INSTANT_KIND);
    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(OFFSET_DATE_TIME_KIND);
    /** Any JSON value, read as databind reads into {@code Object}; written by {@link JsonValues#write}. */
    public static final JsonCodec<Object> ANY = new Scalar<>(ANY_KIND);
    /**
     * {@code byte[]} as databind has it: written as base64 in jackson-core's default variant
     * (MIME without line feeds), read in the same variant; text that is not base64 is pydantic's
     * {@code bytes_invalid_encoding}, any other JSON value its {@code bytes_type}.
     */
    public static final JsonCodec<byte[]> BASE64 = new Scalar<>(BASE64_KIND);

    private static final class Scalar<T> implements JsonCodec<T> {
        private final int kind;

        Scalar(int kind) {
            this.kind = kind;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(JsonInput in) throws IOException {
            return (T) readAny(in);
        }

        private Object readAny(JsonInput in) throws IOException {
            JsonToken token = in.token();
            JsonParser parser = in.parser();
            switch (kind) {
                case STRING_KIND:
                    return token == JsonToken.VALUE_STRING ? parser.getText() : lax(in, LaxScalars::string);
                case INT_KIND:
                    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                        return parser.getIntValue();
                    }
                    return narrowed(lax(in, (t, text) -> LaxScalars.integer(t, text, Integer.MIN_VALUE, Integer.MAX_VALUE)));
                case LONG_KIND:
                    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                        return parser.getLongValue();
                    }
                    return lax(in, (t, text) -> LaxScalars.integer(t, text, Long.MIN_VALUE, Long.MAX_VALUE));
                case SHORT_KIND: {
                    Long value = lax(in, (t, text) -> LaxScalars.integer(t, text, Short.MIN_VALUE, Short.MAX_VALUE));
                    return value == null ? null : value.shortValue();
                }
                case BYTE_KIND: {
                    Long value = lax(in, (t, text) -> LaxScalars.integer(t, text, Byte.MIN_VALUE, Byte.MAX_VALUE));
                    return value == null ? null : value.byteValue();
                }
                case BIG_INTEGER_KIND:
                    return token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : lax(in, LaxScalars::bigInteger);
                case DOUBLE_KIND:
                    return token.isNumeric() ? (Object) parser.getDoubleValue() : lax(in, LaxScalars::number);
                case FLOAT_KIND: {
                    if (token.isNumeric()) {
                        return parser.getFloatValue();
                    }
                    Double value = lax(in, LaxScalars::number);
                    return value == null ? null : value.floatValue();
                }
                case BIG_DECIMAL_KIND:
                    return token.isNumeric() ? parser.getDecimalValue() : lax(in, LaxScalars::decimal);
                case BOOLEAN_KIND:
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        return token == JsonToken.VALUE_TRUE;
                    }
                    return lax(in, LaxScalars::bool);
                case CHAR_KIND:
                    return lax(in, LaxScalars::character);
                case UUID_KIND:
                    return lax(in, LaxScalars::uuid);
                case LOCAL_DATE_KIND:
                    return lax(in, LaxScalars::date);
                case LOCAL_DATE_TIME_KIND:
                    return lax(in, LaxScalars::localDateTime);
                case LOCAL_TIME_KIND:
                    return lax(in, LaxScalars::time);
                case INSTANT_KIND:
                    return lax(in, LaxScalars::instant);
                case OFFSET_DATE_TIME_KIND:
                    return lax(in, LaxScalars::offsetDateTime);
                case BASE64_KIND:
                    return base64(in);
                default:
                    return JsonValues.read(parser);
            }
        }

        @Override
        public void write(JsonGenerator out, T value) throws IOException {
            switch (kind) {
                case STRING_KIND -> out.writeString((String) value);
                case INT_KIND, SHORT_KIND, BYTE_KIND -> out.writeNumber(((Number) value).intValue());
                case LONG_KIND -> out.writeNumber((Long) value);
                case BIG_INTEGER_KIND -> out.writeNumber((BigInteger) value);
                case DOUBLE_KIND -> out.writeNumber((Double) value);
                case FLOAT_KIND -> out.writeNumber((Float) value);
                case BIG_DECIMAL_KIND -> out.writeNumber((BigDecimal) value);
                case BOOLEAN_KIND -> out.writeBoolean((Boolean) value);
                case BASE64_KIND -> out.writeBinary((byte[]) value);
                case CHAR_KIND, UUID_KIND, LOCAL_DATE_KIND, LOCAL_DATE_TIME_KIND, LOCAL_TIME_KIND, INSTANT_KIND,
                        OFFSET_DATE_TIME_KIND -> JsonValues.writeJdkScalar(out, value);
                default -> JsonValues.write(out, value);
            }
        }
    }

    private static byte[] base64(JsonInput in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
            in.refuse(PydanticErrors.bytesType());
            return null;
        }
        // decoded from the text rather than by getBinaryValue, so that a refused value is still there to report
        try {
            return com.fasterxml.jackson.core.Base64Variants.getDefaultVariant().decode(in.parser().getText());
        } catch (IllegalArgumentException invalid) {
            in.refuse(PydanticErrors.bytesInvalidEncoding(invalid.getMessage()));
            return null;
        }
    }

    private static Integer narrowed(Long value) {
        return value == null ? null : value.intValue();
    }

    /** A conversion of any token, by {@link LaxScalars}. */
    @FunctionalInterface
    private interface Lax<T> {
        T convert(JsonToken token, String text) throws Refusal;
    }

    /** {@code lax}'s conversion of the current value, or null after recording its refusal. */
    static <T> T lax(JsonInput in, Lax<T> lax) throws IOException {
        JsonToken token = in.token();
        try {
            return lax.convert(token, token.isScalarValue() ? in.parser().getText() : null);
        } catch (Refusal refusal) {
            in.refuse(refusal);
            return null;
        }
    }
}
