package dev.skiff.api;

import java.time.Duration;
import java.util.Objects;

/**
 * One server-sent event. A handler returning {@code Stream<ServerSentEvent<T>>} is answered as
 * {@code text/event-stream}, one event per chunk, each sent as soon as it is produced.
 *
 * <pre>{@code
 * @Get("/items/events")
 * public Stream<ServerSentEvent<Item>> itemEvents() {
 *     return store.all().stream().map(item -> ServerSentEvent.of(item).event("item").id(String.valueOf(item.id())));
 * }
 * }</pre>
 *
 * <p>The data of a {@code ServerSentEvent<String>} is sent as it is, each of its lines as one
 * {@code data:} line; any other type is written as JSON with the generated codec. Instances are
 * immutable: {@link #event(String)}, {@link #id(String)} and {@link #retry(Duration)} return copies.
 *
 * @param <T> the type of the data
 */
public final class ServerSentEvent<T> {
    private final T data;
    private final String event;
    private final String id;
    private final Duration retry;

    private ServerSentEvent(T data, String event, String id, Duration retry) {
        this.data = data;
        this.event = event;
        this.id = id;
        this.retry = retry;
    }

    /** An event carrying {@code data}: text sent as it is, or a value written as JSON; null sends no data. */
    public static <T> ServerSentEvent<T> of(T data) {
        return new ServerSentEvent<>(data, null, null, null);
    }

    /** A copy with the event type a client listens for ({@code addEventListener(name, ...)}); one line. */
    public ServerSentEvent<T> event(String name) {
        return new ServerSentEvent<>(data, singleLine(name, "event"), id, retry);
    }

    /** A copy with the id a reconnecting client sends back as {@code Last-Event-ID}; one line, no NUL. */
    public ServerSentEvent<T> id(String id) {
        if (id != null && id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("id must not contain NUL");
        }
        return new ServerSentEvent<>(data, event, singleLine(id, "id"), retry);
    }

    /** A copy telling the client how long to wait before reconnecting, in whole milliseconds. */
    public ServerSentEvent<T> retry(Duration retry) {
        if (retry != null && retry.isNegative()) {
            throw new IllegalArgumentException("retry must not be negative, got " + retry);
        }
        return new ServerSentEvent<>(data, event, id, retry);
    }

    /** The data, or null for none. */
    public T data() {
        return data;
    }

    /** The event type, or null for the default ({@code message}). */
    public String event() {
        return event;
    }

    /** The id, or null for none. */
    public String id() {
        return id;
    }

    /** The reconnection time, or null for none. */
    public Duration retry() {
        return retry;
    }

    private static String singleLine(String value, String field) {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException(field + " must be one line, got " + value.replace("\n", "\\n")
                    .replace("\r", "\\r"));
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerSentEvent<?> that && Objects.equals(data, that.data)
                && Objects.equals(event, that.event) && Objects.equals(id, that.id) && Objects.equals(retry, that.retry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, event, id, retry);
    }

    @Override
    public String toString() {
        return "ServerSentEvent{event=" + event + ", id=" + id + ", retry=" + retry + ", data=" + data + "}";
    }
}
