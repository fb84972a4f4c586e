package dev.skiff.client;

import com.fasterxml.jackson.core.JsonParser;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An answer outside 2xx to a generated client's call: its status, headers, raw body and, when
 * the body is JSON with a {@code detail} (as Skiff's errors are), that detail parsed (a
 * {@code String}, or lists and maps). A 422 whose detail is the list of validation problems is
 * a {@link ValidationException}.
 *
 * <pre>{@code
 * try {
 *     items.getItem(42);
 * } catch (ApiException e) {
 *     if (e.status() == 404) { ... }   // e.detail(): "Item not found"
 * }
 * }</pre>
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final transient HttpHeaders headers;
    private final String body;
    private final transient Object detail;

    protected ApiException(int status, HttpHeaders headers, String body, Object detail) {
        super("HTTP " + status + (detail instanceof String text ? ": " + text : body.isEmpty() ? "" : ": " + body));
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.detail = detail;
    }

    /** The exception for this answer: a {@link ValidationException} for a 422 with a list detail. */
    static ApiException of(int status, HttpHeaders headers, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Object detail = detail(headers, body);
        if (status == 422 && detail instanceof List<?> problems) {
            return new ValidationException(status, headers, text, problems);
        }
        return new ApiException(status, headers, text, detail);
    }

    private static Object detail(HttpHeaders headers, byte[] body) {
        String type = headers.firstValue("content-type").orElse("");
        if (!type.startsWith("application/json") && !type.contains("+json")) {
            return null;
        }
        try (JsonParser parser = JsonValues.factory().createParser(body)) {
            return JsonValues.read(parser) instanceof Map<?, ?> object ? object.get("detail") : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The response headers. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The body as text (UTF-8), whatever its type; empty when there was none. */
    public String body() {
        return body;
    }

    /** The JSON body's {@code detail}: a String, a List or a Map; null when the body is not JSON or has none. */
    public Object detail() {
        return detail;
    }
}
