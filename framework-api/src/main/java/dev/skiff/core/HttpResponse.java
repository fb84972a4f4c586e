package dev.skiff.core;

import java.nio.charset.StandardCharsets;

/**
 * The runtime-neutral response an adapter writes back: a status, headers, and either whole
 * bytes or a {@link StreamBody} written chunk by chunk.
 */
public final class HttpResponse {
    private static final byte[] EMPTY = new byte[0];

    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final StreamBody stream;

    private HttpResponse(int status, Headers headers, byte[] body, StreamBody stream) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.stream = stream;
    }

    /** A response with whole bytes; {@code contentType} may be null for an empty body. */
    public static HttpResponse bytes(int status, String contentType, byte[] body) {
        Headers headers = new Headers();
        if (contentType != null) {
            headers.set("content-type", contentType);
        }
        return new HttpResponse(status, headers, body == null ? EMPTY : body, null);
    }

    /** A JSON response. */
    public static HttpResponse json(int status, byte[] json) {
        return bytes(status, "application/json", json);
    }

    /** A plain text response in UTF-8. */
    public static HttpResponse text(int status, String text) {
        return bytes(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response without a body. */
    public static HttpResponse empty(int status) {
        return new HttpResponse(status, new Headers(), EMPTY, null);
    }

    /** A streamed response: {@code stream} writes each chunk as it is produced. */
    public static HttpResponse streaming(int status, String contentType, StreamBody stream) {
        Headers headers = new Headers();
        headers.set("content-type", contentType);
        return new HttpResponse(status, headers, null, stream);
    }

    public int status() {
        return status;
    }

    /** Mutable headers, so that layers (correlation id, CORS) can add theirs. */
    public Headers headers() {
        return headers;
    }

    /** Whether the body is streamed rather than whole. */
    public boolean isStreaming() {
        return stream != null;
    }

    /** The whole body; empty for a streamed response. */
    public byte[] body() {
        return body == null ? EMPTY : body;
    }

    /** The streamed body, or null when the body is whole. */
    public StreamBody stream() {
        return stream;
    }
}
