package dev.skiff.lambda.event;

import dev.skiff.api.CallerIdentity;
import dev.skiff.core.CallerIdentities;
import dev.skiff.support.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Field checks shared by both payload formats, failing with a message that names the field. */
final class EventFields {
    private EventFields() {}

    /** A required non-empty string field ({@code value} is null when absent or not a string). */
    static String required(String value, String field) throws MalformedEventException {
        if (value == null || value.isEmpty()) {
            throw new MalformedEventException("the event has no " + field);
        }
        return value;
    }

    /**
     * The request method, upper case: an HTTP token (RFC 9110's {@code tchar}s) of at most 32
     * characters, since it is routed on and written to the access line as it is.
     */
    static String method(String value, String field) throws MalformedEventException {
        String method = required(value, field);
        if (method.length() > 32) {
            throw new MalformedEventException("the event's " + field + " is not an HTTP method");
        }
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c > 0x7E || c <= 0x20 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                throw new MalformedEventException("the event's " + field + " is not an HTTP method");
            }
        }
        return method.toUpperCase(Locale.ROOT);
    }

    /** A path as the router takes it: it starts with {@code /}. */
    static String path(String value, String field) throws MalformedEventException {
        String path = required(value, field);
        if (path.charAt(0) != '/') {
            throw new MalformedEventException("the event's " + field + " does not start with /");
        }
        return path;
    }

    /**
     * The body: UTF-8 text, or base64 when {@code isBase64Encoded} is true; over the limit, once
     * decoded, it is refused with 413 (a text body too long in characters is refused before it is
     * encoded: its UTF-8 is never shorter).
     */
    static byte[] body(ScannedEvent event, RequestLimits limits) throws EventRefusedException {
        String body = event.body;
        if (body == null) {
            return null;
        }
        byte[] bytes;
        if (!event.base64) {
            check(limits.bodyRefusal(body.length()));
            bytes = body.getBytes(StandardCharsets.UTF_8);
        } else {
            // Measured decoded: the MIME decoder skips what is not base64, so the text's length bounds
            // nothing from below; the decoded bytes are never more than the event, which Lambda caps.
            try {
                bytes = Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException invalid) {
                throw new MalformedEventException("the event's body is marked isBase64Encoded but is not valid base64",
                        invalid);
            }
        }
        check(limits.bodyRefusal(bytes.length));
        return bytes;
    }

    /** How many bytes the headers (names and values) and cookies take, for {@link RequestLimits#headerRefusal}. */
    static long headerBytes(EventMap headers, List<String> cookies) {
        long[] bytes = {0};
        eachValue(headers, (name, value) -> bytes[0] += utf8Length(name) + utf8Length(value));
        if (cookies != null && !cookies.isEmpty()) {
            bytes[0] += "cookie".length();
            for (String cookie : cookies) {
                bytes[0] += utf8Length(cookie) + 2;
            }
        }
        return bytes[0];
    }

    /** How many header fields a map holds: each value of a repeated one counts. */
    static long count(EventMap map) {
        long[] count = {0};
        eachValue(map, (name, value) -> count[0]++);
        return count[0];
    }

    /** Calls {@code pair} for each value of a map of strings or of string arrays (null: none). */
    static void eachValue(EventMap map, BiConsumer<String, String> pair) {
        for (int i = 0; map != null && i < map.size(); i++) {
            String name = map.name(i);
            if (map.value(i) instanceof List<?> values) {
                values.forEach(item -> pair.accept(name, (String) item));
            } else if (map.value(i) instanceof String text) {
                pair.accept(name, text);
            }
        }
    }

    /**
     * The caller in the event's {@code requestContext}: its {@code authorizer} (read whole) and
     * payload 1.0's {@code identity} are handed to {@link CallerIdentities} as the small object
     * they would be part of.
     */
    static Optional<CallerIdentity> caller(ScannedEvent event) {
        if (event.authorizer == null && event.identityUserArn == null) {
            return Optional.empty();
        }
        Map<String, Object> context = new LinkedHashMap<>(4);
        if (event.authorizer != null) {
            context.put("authorizer", event.authorizer);
        }
        if (event.identityUserArn != null) {
            Map<String, Object> identity = new LinkedHashMap<>(4);
            identity.put("userArn", event.identityUserArn);
            if (event.identityAccountId != null) {
                identity.put("accountId", event.identityAccountId);
            }
            context.put("identity", identity);
        }
        return CallerIdentities.fromRequestContext(context);
    }

    /**
     * Removes an API Gateway stage prefix ({@code /prod/items} to {@code /items}): behind a
     * named stage the path carries the stage, but routes are declared without it.
     */
    static String withoutStage(String path, String stage) {
        if (stage == null || stage.isEmpty() || stage.equals("$default")) {
            return path;
        }
        String prefix = "/" + stage;
        if (path.equals(prefix)) {
            return "/";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    /** Throws a limit's refusal, if there is one, as the answer to the event. */
    static void check(RequestLimits.Refusal refusal) throws EventRefusedException {
        if (refusal != null) {
            throw new EventRefusedException(refusal.status(), refusal.detail());
        }
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x800) {
                // Three bytes, or a surrogate: a pair is four bytes for two chars.
                bytes += Character.isSurrogate(c) ? 1 : 2;
            } else if (c >= 0x80) {
                bytes += 1;
            }
        }
        return bytes;
    }
}
