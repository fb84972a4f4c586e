package dev.skiff.lambda.event;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an event with jackson-core's streaming parser into a {@link ScannedEvent}, keeping only what
 * the two payload formats use and skipping every other subtree unread into objects. Fields may
 * come in any order (the format is decided afterwards). Values read as text the way Jackson's
 * tree gave them ({@code asText()}), so the request is what a tree-based reader made.
 *
 * <pre>{@code
 * ScannedEvent event = EventScanner.scan(bytes);
 * }</pre>
 */
final class EventScanner {
    private EventScanner() {}

    /** Scans {@code input}, which must be one JSON object. */
    static ScannedEvent scan(byte[] input) throws MalformedEventException {
        try (JsonParser parser = JsonValues.factory().createParser(input)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // Read an array through, so that a broken one is "not JSON" as it was before.
                parser.skipChildren();
                throw new MalformedEventException("the event is not a JSON object");
            }
            ScannedEvent event = new ScannedEvent();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                field(parser, name, parser.nextToken(), event);
            }
            if (parser.nextToken() != null) {
                // Two documents, or one and some text: which of them would be the event?
                throw new JsonParseException(parser, "data after the event");
            }
            return event;
        } catch (WrongType wrong) {
            throw new MalformedEventException(wrong.getMessage());
        } catch (StreamConstraintsException tooMuch) {
            throw new MalformedEventException("the event nests too deeply or holds a value too long to read"
                    + where(tooMuch), tooMuch);
        } catch (JsonProcessingException notJson) {
            // The parser's own message stays in the log (the cause): it may name its settings.
            throw new MalformedEventException("the event is not JSON" + where(notJson), notJson);
        } catch (IOException unreadable) {
            throw new MalformedEventException("the event could not be read", unreadable);
        }
    }

    /** Where the parser stopped, in words a caller can act on; empty when it does not know. */
    private static String where(JsonProcessingException failure) {
        JsonLocation location = failure.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static void field(JsonParser parser, String name, JsonToken value, ScannedEvent event) throws IOException {
        switch (name) {
            case "version" -> event.version = scalar(parser, value);
            case "httpMethod" -> {
                event.hasHttpMethod = true;
                event.httpMethod = string(parser, value);
            }
            case "path" -> event.path = string(parser, value);
            case "rawPath" -> event.rawPath = strictString(parser, value, name);
            case "rawQueryString" -> event.rawQueryString = strictString(parser, value, name);
            case "body" -> event.body = strictString(parser, value, name);
            case "isBase64Encoded" -> event.base64 = bool(parser, value);
            case "headers" -> event.headers = stringMap(parser, value, name);
            case "multiValueHeaders" -> event.multiValueHeaders = stringMap(parser, value, name);
            case "queryStringParameters" -> event.queryStringParameters = stringMap(parser, value, name);
            case "multiValueQueryStringParameters" -> event.multiValueQueryStringParameters =
                    stringMap(parser, value, name);
            case "cookies" -> event.cookies = strictTexts(parser, value, name);
            case "requestContext" -> requestContext(parser, value, event);
            default -> parser.skipChildren();
        }
    }

    private static void requestContext(JsonParser parser, JsonToken value, ScannedEvent event) throws IOException {
        event.resetContext();
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken member = parser.nextToken();
            switch (name) {
                case "http" -> http(parser, member, event);
                case "stage" -> event.stage = scalar(parser, member);
                case "requestId" -> event.requestId = scalar(parser, member);
                case "authorizer" -> event.authorizer = member == JsonToken.START_OBJECT
                        ? object(parser) : skipped(parser);
                case "identity" -> identity(parser, member, event);
                default -> parser.skipChildren();
            }
        }
    }

    private static void http(JsonParser parser, JsonToken value, ScannedEvent event) throws IOException {
        event.hasContextHttp = true;
        event.contextMethod = null;
        event.contextPath = null;
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken member = parser.nextToken();
            switch (name) {
                case "method" -> event.contextMethod = string(parser, member);
                case "path" -> event.contextPath = string(parser, member);
                default -> parser.skipChildren();
            }
        }
    }

    /** Payload 1.0's IAM caller: only the two strings {@code CallerIdentities} reads. */
    private static void identity(JsonParser parser, JsonToken value, ScannedEvent event) throws IOException {
        event.identityUserArn = null;
        event.identityAccountId = null;
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken member = parser.nextToken();
            switch (name) {
                case "userArn" -> event.identityUserArn = string(parser, member);
                case "accountId" -> event.identityAccountId = string(parser, member);
                default -> parser.skipChildren();
            }
        }
    }

    /**
     * A map of strings or string arrays; null when the value is null. Anything else is not what
     * API Gateway sends there, and reading it as absent would hand the application a request
     * without its headers or query: refused.
     */
    private static EventMap stringMap(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_OBJECT) {
            throw new WrongType(field, "an object");
        }
        EventMap map = new EventMap();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken member = parser.nextToken();
            map.put(name, member == JsonToken.START_ARRAY ? texts(parser) : scalar(parser, member));
        }
        return map;
    }

    /** The items of the array the parser is at (its START_ARRAY read), as text. */
    private static List<String> texts(JsonParser parser) throws IOException {
        List<String> items = new ArrayList<>(4);
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(text(parser, item));
        }
        return items;
    }

    /** A string, or null for null; any other value is refused, naming {@code field}. */
    private static String strictString(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new WrongType(field, "a string");
        }
        return parser.getText();
    }

    /** An array's items as text, or null for null; any other value is refused, naming {@code field}. */
    private static List<String> strictTexts(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            throw new WrongType(field, "an array");
        }
        return texts(parser);
    }

    /** A scalar's text, or null for null, an object or an array (which are skipped). */
    private static String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL || !value.isScalarValue()) {
            parser.skipChildren();
            return null;
        }
        return text(parser, value);
    }

    /** A string value, or null for anything else. */
    private static String string(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    /**
     * Any value as Jackson's {@code JsonNode.asText()} gives it: numbers as the tree's number
     * nodes print them, {@code "null"} for null, and empty for an object or an array.
     */
    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue().toString();
            case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> {
                parser.skipChildren();
                yield "";
            }
        };
    }

    /**
     * {@code isBase64Encoded}: a boolean, the text {@code "true"} or {@code "false"}, 1 or 0, or null
     * (false). Anything else ({@code "yes"}, 2, an object) leaves it unknown whether the body is
     * base64, so the event is refused rather than the body guessed at.
     */
    private static boolean bool(JsonParser parser, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
            case VALUE_NULL:
                return false;
            case VALUE_STRING: {
                String text = parser.getText().trim();
                if (text.equals("true") || text.equals("false")) {
                    return text.equals("true");
                }
                break;
            }
            case VALUE_NUMBER_INT: {
                String digits = parser.getText();
                if (digits.equals("1") || digits.equals("0")) {
                    return digits.equals("1");
                }
                break;
            }
            default:
                break;
        }
        throw new WrongType("isBase64Encoded", "a boolean");
    }

    /** The object at the parser, whole, as {@link JsonValues#read} reads it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JsonParser parser) throws IOException {
        return (Map<String, Object>) JsonValues.read(parser);
    }

    private static <T> T skipped(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    /** A field the adapter reads holds a value of the wrong JSON type; stops the scan. */
    private static final class WrongType extends IOException {
        WrongType(String field, String expected) {
            super("the event's " + field + " is not " + expected);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a verdict on the event, not a failure: where it was found says nothing
        }
    }
}
