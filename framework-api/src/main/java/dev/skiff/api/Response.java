package dev.skiff.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A handler result that sets the status and headers as well as the JSON body.
 *
 * <pre>{@code
 * @Post("/items")
 * public Response<Item> create(NewItem item) {
 *     Item saved = store.add(item);
 *     return Response.status(201, saved).header("Location", "/items/" + saved.id());
 * }
 * }</pre>
 *
 * <p>Instances are immutable: {@link #header(String, String)} returns a copy.
 *
 * @param <T> the body type; {@code Void} for no body
 */
public final class Response<T> {
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

    /** A copy with one more header; a name may repeat. */
    public Response<T> header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.add(Map.entry(name, value));
        return new Response<>(status, copy, body);
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
