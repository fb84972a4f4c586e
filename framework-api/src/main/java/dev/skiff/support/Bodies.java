package dev.skiff.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import dev.skiff.support.json.JsonCodec;
import dev.skiff.support.json.JsonInput;
import dev.skiff.support.json.JsonSyntax;
import java.io.IOException;
import java.util.List;
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


    /** The factory bodies are parsed with, and the limits it was made for. */
    private record Parsers(RequestLimits limits, JsonFactory factory) {}

    private static volatile Parsers parsers;

    private Bodies() {}

    /**
     * A factory whose parsers enforce {@link RequestLimits#current()}'s JSON limits: made again
     * only when those change (a test setting a property), since a factory carries caches.
     */
    static JsonFactory parsers() {
        RequestLimits limits = RequestLimits.current();
        Parsers current = parsers;
        if (current == null || !current.limits().equals(limits)) {
            current = new Parsers(limits, JsonFactory.builder()
                    .streamReadConstraints(limits.streamReadConstraints()).build());
            parsers = current;
        }
        return current.factory();
    }

    /**
     * The body read with {@code codec}, or null with its problems recorded: missing, malformed,
     * or with values of the wrong shape (every one of them, in document order). A body with a
     * non-JSON content type ends the request with 415.
     */
    public static <T> T read(HttpRequest request, JsonCodec<T> codec, boolean required, Problems problems) {
        byte[] body = request.body();
        if (body.length == 0) {
            if (required) {
                problems.add(ValidationProblem.of("missing", BODY, "Field required", null));
            }
            return null;
        }
        requireJson(request);
        try (JsonParser parser = parsers().createParser(body)) {
            return read(parser, body, codec, required, problems);
        } catch (IOException e) {
            problems.add(malformed(e, body));
            return null;
        }
    }

    private static <T> T read(JsonParser parser, byte[] body, JsonCodec<T> codec, boolean required, Problems problems)
            throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonParseException(parser, "Expecting value"); // only whitespace
            }
            boolean isNull = first == JsonToken.VALUE_NULL;
            JsonInput in = new JsonInput(parser, body, BODY);
            T value = isNull ? null : codec.read(in);
            if (hasMore(parser)) {
                throw new JsonParseException(parser, "Extra data");
            }
            if (isNull && required) {
                problems.add(ValidationProblem.of("missing", BODY, "Field required", null));
                return null;
            }
            if (in.problemCount() > 0) {
                in.problems().forEach(problems::add);
                return null;
            }
            return value;
        } catch (StreamConstraintsException limit) {
            // thrown without a location: the parser's, so that the problem points at what passed the limit
            throw limit.getLocation() != null ? limit
                    : new StreamConstraintsException(limit.getOriginalMessage(), parser.currentTokenLocation());
        }
    }

    /** Whether anything but whitespace follows the document: another value, or text that is not JSON. */
    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.nextToken() != null;
        } catch (IOException notJson) {
            return true;
        }
    }

    /** Throws 415 unless the content type is absent, {@code application/json} or {@code +json}. */
    public static void requireJson(HttpRequest request) {
        String contentType = request.headers().first("content-type").orElse(null);
        if (contentType == null) {
            return;
        }
        if (!Results.isJson(contentType)) {
            throw new StatusException(415, "Unsupported Media Type: expected application/json, got "
                    + HeaderParams.mediaType(contentType));
        }
    }

    /**
     * The problem of a body the parser could not read, as FastAPI reports it: where and why
     * Python's {@code json.loads} refuses it ({@link JsonSyntax}); a body Python cannot even
     * decode is FastAPI's 400. A body only jackson-core refuses (NaN, numbers past its length
     * limit) is reported where jackson-core stopped, in plain words.
     */
    static ValidationProblem malformed(IOException e, byte[] body) {
        JsonSyntax.Error python = JsonSyntax.firstError(body);
        if (python != null) {
            if (!python.isJsonDecodeError()) {
                throw new StatusException(400, "There was an error parsing the body");
            }
            return jsonInvalid(python.position(), python.message());
        }
        if (e instanceof JsonProcessingException parse) {
            JsonLocation where = parse.getLocation();
            long byteOffset = where == null ? 0 : Math.max(0, where.getByteOffset());
            return jsonInvalid(characterIndex(body, byteOffset), plainReason(parse.getOriginalMessage()));
        }
        return jsonInvalid(0, "the body could not be read");
    }

    private static ValidationProblem jsonInvalid(long characterIndex, String reason) {
        return new ValidationProblem("json_invalid", List.of("body", characterIndex),
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

    /** Compiled on the first malformed body only: a valid request never loads it. */
    private static final class Hints {
        /** What leads into a parser's hint about its settings, before the setting's name. */
        static final Pattern LEAD = Pattern.compile("(,\\s*from|:\\s*enable|\\s*\\(\\s*from)?\\s*$");
    }
}
