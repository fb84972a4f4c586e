package dev.skiff.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON request bodies for generated binders, turning every way a body can be wrong
 * into FastAPI's 422 entries (or a 415 for a content type that is not JSON). Messages
 * never name a Java class or a library's setting. As FastAPI: an empty body or a JSON
 * {@code null} where a body is required is {@code missing} at {@code ["body"]}; malformed JSON,
 * including data after the document, is {@code json_invalid} at {@code ["body", index]}, the
 * index of the offending character.
 */
public final class Bodies {
    private static final List<Object> BODY = List.of("body");


    private Bodies() {}

    /**
     * The body read with {@code reader}, or null with a problem recorded when it is missing
     * or malformed. A body with a non-JSON content type ends the request with 415.
     */
    public static <T> T read(HttpRequest request, ObjectReader reader, boolean required, Problems problems) {
        byte[] body = request.body();
        if (body.length == 0) {
            if (required) {
                problems.add(ValidationProblem.of("missing", BODY, "Field required", null));
            }
            return null;
        }
        requireJson(request);
        T value;
        try (JsonParser parser = reader.createParser(body)) {
            value = reader.readValue(parser);
            if (hasMore(parser)) {
                problems.add(jsonInvalid(body, skipWhitespace(body, endOfFirstValue(reader, body)), "Extra data"));
                return null;
            }
        } catch (IOException e) {
            problems.add(problemFor(e, body));
            return null;
        }
        if (value == null && required) {
            problems.add(ValidationProblem.of("missing", BODY, "Field required", null));
        }
        return value;
    }

    /** Whether anything but whitespace follows the document: another value, or text that is not JSON. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException notJson) {
            return true;
        }
    }

    /** Where the body's first value ends: found again only for a body that has more, off the valid path. */
    private static long endOfFirstValue(ObjectReader reader, byte[] body) throws IOException {
        try (JsonParser parser = reader.createParser(body)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentLocation().getByteOffset();
        }
    }

    /** The offset of the first byte at or after {@code from} that is not JSON whitespace. */
    private static long skipWhitespace(byte[] body, long from) {
        int at = (int) Math.max(0, Math.min(from, body.length));
        while (at < body.length && (body[at] == ' ' || body[at] == '\t' || body[at] == '\n' || body[at] == '\r')) {
            at++;
        }
        return at;
    }

    /** Throws 415 unless the content type is absent, {@code application/json} or {@code +json}. */
    public static void requireJson(HttpRequest request) {
        String contentType = request.headers().first("content-type").orElse(null);
        if (contentType == null) {
            return;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new StatusException(415, "Unsupported Media Type: expected application/json, got " + mediaType);
        }
    }

    static ValidationProblem problemFor(IOException e, byte[] body) {
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : "invalid value";
            return ValidationProblem.of("value_error", loc(instantiation), "Value error, " + reason, null);
        }
        if (e instanceof InvalidFormatException format) {
            return mismatch(loc(format), format.getTargetType(), format.getValue());
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return mismatch(loc(mismatch), mismatch.getTargetType(), null);
        }
        if (e instanceof JsonProcessingException parse && !(e instanceof JsonMappingException)) {
            JsonLocation where = parse.getLocation();
            long byteOffset = where == null ? 0 : Math.max(0, where.getByteOffset());
            return jsonInvalid(body, byteOffset, plainReason(parse.getOriginalMessage()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(BODY, mismatch.getTargetType(), null);
        }
        return jsonInvalid(body, 0, "the body could not be read");
    }

    private static ValidationProblem jsonInvalid(byte[] body, long byteOffset, String reason) {
        return new ValidationProblem("json_invalid", List.of("body", characterIndex(body, byteOffset)),
                "JSON decode error", Map.of(), Map.of("error", reason));
    }

    /** The index, in characters as FastAPI counts them (code points), of the UTF-8 byte at {@code byteOffset}. */
    static long characterIndex(byte[] body, long byteOffset) {
        long index = 0;
        int end = (int) Math.min(byteOffset, body.length);
        for (int i = 0; i < end; i++) {
            if ((body[i] & 0xC0) != 0x80) {
                index++;
            }
        }
        return index;
    }

    /**
     * The parser's reason in plain words: its hints about its own settings
     * ({@code ": enable `JsonReadFeature...` to allow"}, {@code "(1000, from `StreamReadConstraints...`)"})
     * are cut, since a client can change none of them.
     */
    static String plainReason(String message) {
        if (message == null || message.isBlank()) {
            return "the body is not valid JSON";
        }
        String reason = message;
        int newline = reason.indexOf('\n');
        if (newline >= 0) {
            reason = reason.substring(0, newline);
        }
        int tick = reason.indexOf('`');
        if (tick >= 0) {
            reason = Hints.LEAD.matcher(reason.substring(0, tick)).replaceFirst("");
        }
        reason = reason.strip();
        if (reason.chars().filter(c -> c == '(').count() > reason.chars().filter(c -> c == ')').count()) {
            reason += ")";
        }
        return reason.isEmpty() ? "the body is not valid JSON" : reason;
    }

    private static List<Object> loc(JsonMappingException e) {
        List<Object> loc = new ArrayList<>();
        loc.add("body");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                loc.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                loc.add(ref.getIndex());
            }
        }
        return loc;
    }

    private static ValidationProblem mismatch(List<Object> loc, Class<?> target, Object input) {
        String[] kind = kindOf(target);
        return ValidationProblem.of(kind[0], loc, kind[1], input);
    }

    private static String[] kindOf(Class<?> target) {
        if (target == null) {
            return new String[] {"value_error", "Input is not valid"};
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class || target == byte.class || target == Byte.class
                || target == java.math.BigInteger.class) {
            return new String[] {"int_parsing", "Input should be a valid integer, unable to parse string as an integer"};
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            return new String[] {"float_parsing", "Input should be a valid number, unable to parse string as a number"};
        }
        if (target == java.math.BigDecimal.class) {
            return new String[] {"decimal_parsing", "Input should be a valid decimal"};
        }
        if (target == boolean.class || target == Boolean.class) {
            return new String[] {"bool_parsing", "Input should be a valid boolean, unable to interpret input"};
        }
        if (target == String.class || target == char.class || target == Character.class) {
            return new String[] {"string_type", "Input should be a valid string"};
        }
        if (target == java.util.UUID.class) {
            return new String[] {"uuid_parsing", "Input should be a valid UUID"};
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return new String[] {"datetime_parsing", "Input should be a valid date or datetime"};
        }
        if (target.isEnum()) {
            return new String[] {"enum", "Input should be one of the allowed values"};
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return new String[] {"list_type", "Input should be a valid list"};
        }
        if (java.util.Map.class.isAssignableFrom(target)) {
            return new String[] {"dict_type", "Input should be a valid dictionary"};
        }
        return new String[] {"model_attributes_type", "Input should be a valid dictionary or object to extract fields from"};
    }

    /** Compiled on the first malformed body only: a valid request never loads it. */
    private static final class Hints {
        /** What leads into a parser's hint about its settings, before the setting's name. */
        static final Pattern LEAD = Pattern.compile("(,\\s*from|:\\s*enable|\\s*\\(\\s*from)?\\s*$");
    }
}
