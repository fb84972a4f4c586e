package dev.skiff.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A handler result that sets the status and headers as well as the body.
 *
 * <pre>{@code
 * @Post("/items")
 * public Response<Item> create(NewItem item) {
 *     Item saved = store.add(item);
 *     return Response.status(201, saved).header("Location", "/items/" + saved.id());
 * }
 *
 * @Get(value = "/report", produces = "text/csv")
 * public Response<byte[]> report() {
 *     return Response.bytes(csv(), "text/csv").header("Content-Disposition", "attachment; filename=report.csv");
 * }
 * }</pre>
 *
 * <p>The body is written in the response's {@code Content-Type}, else the operation's
 * {@code produces}, else as JSON: a {@code String} is sent as it is, in UTF-8, unless that type
 * is JSON; {@code byte[]} as it is; an {@link InputStream} chunk by chunk, then closed; anything
 * else as JSON. A response has one {@code Content-Type}: setting it again replaces it.
 *
 * <p>Instances are immutable: {@link #header(String, String)} returns a copy.
 *
 * @param <T> the body type; {@code Void} for no body
 */
public final class Response<T> {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String TEXT_PLAIN = "text/plain; charset=utf-8";
    private static final String TEXT_HTML = "text/html; charset=utf-8";

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final T body;

    private Response(int status, List<Map.Entry<String, String>> headers, T body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599, got " + status);
        }
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
    }

    /** A 200 response with {@code body}. */
    public static <T> Response<T> ok(T body) {
        return new Response<>(200, List.of(), body);
    }

    /** A response with the given status and body; a {@code null} body sends none. */
    public static <T> Response<T> status(int status, T body) {
        return new Response<>(status, List.of(), body);
    }

    /** A 201 response with {@code body}. */
    public static <T> Response<T> created(T body) {
        return new Response<>(201, List.of(), body);
    }

    /** A 204 response. */
    public static <T> Response<T> noContent() {
        return new Response<>(204, List.of(), null);
    }

    /** A 200 plain text response: {@code text/plain; charset=utf-8}. */
    public static Response<String> text(String text) {
        return ok(Objects.requireNonNull(text, "text")).contentType(TEXT_PLAIN);
    }

    /** A 200 HTML response: {@code text/html; charset=utf-8}. */
    public static Response<String> html(String html) {
        return ok(Objects.requireNonNull(html, "html")).contentType(TEXT_HTML);
    }

    /** A 200 response of {@code bytes} in {@code contentType}, such as {@code "image/png"}. */
    public static Response<byte[]> bytes(byte[] bytes, String contentType) {
        return ok(Objects.requireNonNull(bytes, "bytes")).contentType(contentType);
    }

    /**
     * A 200 response streaming {@code body} in {@code contentType}, chunk by chunk as it is read;
     * the stream is closed at its end, or when the client goes away.
     */
    public static Response<InputStream> stream(InputStream body, String contentType) {
        return ok(Objects.requireNonNull(body, "body")).contentType(contentType);
    }

    /**
     * A copy with one more header; a name may repeat, except {@code Content-Type}, which
     * replaces the one set before.
     */
    public Response<T> header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        if (name.equalsIgnoreCase(CONTENT_TYPE)) {
            copy.removeIf(header -> header.getKey().equalsIgnoreCase(CONTENT_TYPE));
        }
        copy.add(Map.entry(name, value));
        return new Response<>(status, copy, body);
    }

    /** A copy whose {@code Content-Type} is {@code contentType}, replacing any set before. */
    public Response<T> contentType(String contentType) {
        return header(CONTENT_TYPE, Objects.requireNonNull(contentType, "contentType"));
    }

    /** The {@code Content-Type} set on this response, or null: the operation's media type applies. */
    public String contentType() {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(CONTENT_TYPE)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The headers in the order they were added. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The body, or {@code null} for none. */
    public T body() {
        return body;
    }
}
