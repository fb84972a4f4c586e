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
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The codecs of the JDK's scalars, which generated record codecs and {@link Containers} compose.
 * Each reads the JSON type it is written as on a fast path, and hands every other input to
 * {@link LaxScalars}, which converts it as pydantic's lax mode does or refuses it with
 * pydantic's error. Each writes its value as databind does.
 *
 * <pre>{@code
 * String name = in.field("name", Codecs.STRING);
 * Codecs.INT.write(generator, 42);
 * }</pre>
 */
public final class Codecs {
    private Codecs() {}

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

    public static final JsonCodec<String> STRING = new JsonCodec<>() {
        @Override
        public String read(JsonInput in) throws IOException {
            return in.token() == JsonToken.VALUE_STRING ? in.parser().getText() : lax(in, LaxScalars::string);
        }

        @Override
        public void write(JsonGenerator out, String value) throws IOException {
            out.writeString(value);
        }
    };

    public static final JsonCodec<Integer> INT = new JsonCodec<>() {
        @Override
        public Integer read(JsonInput in) throws IOException {
            JsonParser parser = in.parser();
            if (in.token() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            Long value = lax(in, (token, text) -> LaxScalars.integer(token, text, Integer.MIN_VALUE, Integer.MAX_VALUE));
            return value == null ? null : value.intValue();
        }

        @Override
        public void write(JsonGenerator out, Integer value) throws IOException {
            out.writeNumber(value.intValue());
        }
    };

    public static final JsonCodec<Long> LONG = new JsonCodec<>() {
        @Override
        public Long read(JsonInput in) throws IOException {
            JsonParser parser = in.parser();
            if (in.token() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                return parser.getLongValue();
            }
            return lax(in, (token, text) -> LaxScalars.integer(token, text, Long.MIN_VALUE, Long.MAX_VALUE));
        }

        @Override
        public void write(JsonGenerator out, Long value) throws IOException {
            out.writeNumber(value.longValue());
        }
    };

    public static final JsonCodec<Short> SHORT = new JsonCodec<>() {
        @Override
        public Short read(JsonInput in) throws IOException {
            Long value = lax(in, (token, text) -> LaxScalars.integer(token, text, Short.MIN_VALUE, Short.MAX_VALUE));
            return value == null ? null : value.shortValue();
        }

        @Override
        public void write(JsonGenerator out, Short value) throws IOException {
            out.writeNumber(value.shortValue());
        }
    };

    public static final JsonCodec<Byte> BYTE = new JsonCodec<>() {
        @Override
        public Byte read(JsonInput in) throws IOException {
            Long value = lax(in, (token, text) -> LaxScalars.integer(token, text, Byte.MIN_VALUE, Byte.MAX_VALUE));
            return value == null ? null : value.byteValue();
        }

        @Override
        public void write(JsonGenerator out, Byte value) throws IOException {
            out.writeNumber(value.intValue());
        }
    };

    public static final JsonCodec<BigInteger> BIG_INTEGER = new JsonCodec<>() {
        @Override
        public BigInteger read(JsonInput in) throws IOException {
            return in.token() == JsonToken.VALUE_NUMBER_INT ? in.parser().getBigIntegerValue()
                    : lax(in, LaxScalars::bigInteger);
        }

        @Override
        public void write(JsonGenerator out, BigInteger value) throws IOException {
            out.writeNumber(value);
        }
    };

    public static final JsonCodec<Double> DOUBLE = new JsonCodec<>() {
        @Override
        public Double read(JsonInput in) throws IOException {
            return in.token().isNumeric() ? in.parser().getDoubleValue() : lax(in, LaxScalars::number);
        }

        @Override
        public void write(JsonGenerator out, Double value) throws IOException {
            out.writeNumber(value.doubleValue());
        }
    };

    public static final JsonCodec<Float> FLOAT = new JsonCodec<>() {
        @Override
        public Float read(JsonInput in) throws IOException {
            if (in.token().isNumeric()) {
                return in.parser().getFloatValue();
            }
            Double value = lax(in, LaxScalars::number);
            return value == null ? null : value.floatValue();
        }

        @Override
        public void write(JsonGenerator out, Float value) throws IOException {
            out.writeNumber(value.floatValue());
        }
    };

    public static final JsonCodec<BigDecimal> BIG_DECIMAL = new JsonCodec<>() {
        @Override
        public BigDecimal read(JsonInput in) throws IOException {
            return in.token().isNumeric() ? in.parser().getDecimalValue() : lax(in, LaxScalars::decimal);
        }

        @Override
        public void write(JsonGenerator out, BigDecimal value) throws IOException {
            out.writeNumber(value);
        }
    };

    public static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
        @Override
        public Boolean read(JsonInput in) throws IOException {
            JsonToken token = in.token();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return lax(in, LaxScalars::bool);
        }

        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }
    };

    public static final JsonCodec<Character> CHAR = new JsonCodec<>() {
        @Override
        public Character read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::character);
        }

        @Override
        public void write(JsonGenerator out, Character value) throws IOException {
            out.writeString(value.toString());
        }
    };

    public static final JsonCodec<UUID> UUID_VALUE = new JsonCodec<>() {
        @Override
        public UUID read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::uuid);
        }

        @Override
        public void write(JsonGenerator out, UUID value) throws IOException {
            out.writeString(value.toString());
        }
    };

    public static final JsonCodec<LocalDate> LOCAL_DATE = new JsonCodec<>() {
        @Override
        public LocalDate read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::date);
        }

        @Override
        public void write(JsonGenerator out, LocalDate value) throws IOException {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }
    };

    public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = new JsonCodec<>() {
        @Override
        public LocalDateTime read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::localDateTime);
        }

        @Override
        public void write(JsonGenerator out, LocalDateTime value) throws IOException {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
        }
    };

    public static final JsonCodec<LocalTime> LOCAL_TIME = new JsonCodec<>() {
        @Override
        public LocalTime read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::time);
        }

        @Override
        public void write(JsonGenerator out, LocalTime value) throws IOException {
            out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
        }
    };

    public static final JsonCodec<Instant> INSTANT = new JsonCodec<>() {
        @Override
        public Instant read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::instant);
        }

        @Override
        public void write(JsonGenerator out, Instant value) throws IOException {
            out.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
        }
    };

    public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = new JsonCodec<>() {
        @Override
        public OffsetDateTime read(JsonInput in) throws IOException {
            return lax(in, LaxScalars::offsetDateTime);
        }

        @Override
        public void write(JsonGenerator out, OffsetDateTime value) throws IOException {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    };

    /** Any JSON value, read as databind reads into {@code Object}; written by {@link JsonValues#write}. */
    public static final JsonCodec<Object> ANY = new JsonCodec<>() {
        @Override
        public Object read(JsonInput in) throws IOException {
            return JsonValues.read(in.parser());
        }

        @Override
        public void write(JsonGenerator out, Object value) throws IOException {
            JsonValues.write(out, value);
        }
    };
}
