package dev.skiff.support;

import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.JsonValues;
import dev.skiff.core.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one {@link ServerSentEvent} in the {@code text/event-stream} format of the HTML
 * standard: {@code id:}, {@code event:}, {@code retry:} (milliseconds), then one {@code data:}
 * line per line of the data (split at CRLF, CR or LF), and a blank line that ends the event.
 *
 * <pre>{@code
 * ServerSentEvents.encode(ServerSentEvent.of("a\nb").event("note"), null);
 * // "event: note\ndata: a\ndata: b\n\n"
 * }</pre>
 */
public final class ServerSentEvents {
    /** The media type of an event stream. */
    public static final String MEDIA_TYPE = "text/event-stream";

    private ServerSentEvents() {}

    /**
     * The event's bytes: its data written by {@code dataWriter} as JSON, or, when that is null,
     * as text ({@code String.valueOf} of the data).
     */
    public static <T> byte[] encode(ServerSentEvent<? extends T> event, JsonWriter<T> dataWriter) throws IOException {
        StringBuilder text = new StringBuilder(64);
        if (event.id() != null) {
            text.append("id: ").append(event.id()).append('\n');
        }
        if (event.event() != null) {
            text.append("event: ").append(event.event()).append('\n');
        }
        if (event.retry() != null) {
            text.append("retry: ").append(event.retry().toMillis()).append('\n');
        }
        T data = event.data();
        if (data != null) {
            String written = dataWriter == null ? String.valueOf(data)
                    : new String(JsonValues.toBytes(dataWriter, data), StandardCharsets.UTF_8);
            appendData(text, written);
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One {@code data:} line per line: a client joins them back with LF. */
    private static void appendData(StringBuilder text, String data) {
        int start = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\n' || c == '\r') {
                text.append("data: ").append(data, start, i).append('\n');
                if (c == '\r' && i + 1 < data.length() && data.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        text.append("data: ").append(data, start, data.length()).append('\n');
    }
}
