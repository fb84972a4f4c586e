package dev.skiff.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ends a request with a status and a {@code {"detail": ...}} body, as FastAPI's
 * {@code HTTPException} does. The detail is any JSON-writable value, usually a string.
 *
 * <pre>{@code
 * Item item = store.find(id).orElseThrow(() -> new HttpException(404, "Item not found"));
 * }</pre>
 *
 * <p>It carries no stack trace: it is an answer, not a failure.
 */
public class HttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object detail;
    private final transient List<Map.Entry<String, String>> headers;

    /** A response with {@code status} and {@code {"detail": detail}}. */
    public HttpException(int status, Object detail) {
        this(status, detail, List.of());
    }

    /** As {@link #HttpException(int, Object)}, with response headers. */
    public HttpException(int status, Object detail, List<Map.Entry<String, String>> headers) {
        super(String.valueOf(detail), null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be between 400 and 599, got " + status);
        }
        this.status = status;
        this.detail = detail;
        this.headers = List.copyOf(new ArrayList<>(Objects.requireNonNull(headers, "headers")));
    }

    /** The response status. */
    public int status() {
        return status;
    }

    /** The value sent as {@code detail}. */
    public Object detail() {
        return detail;
    }

    /** Extra response headers. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }
}
