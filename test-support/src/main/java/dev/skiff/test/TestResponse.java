package dev.skiff.test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.Headers;
import dev.skiff.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link TestClient} request got back, in forms that suit assertions.
 *
 * <pre>{@code
 * TestResponse response = client.get("/items/abc").send();
 * assertThat(response.status()).isEqualTo(422);
 * assertThat(response.json().at("/detail/0/loc/1").asText()).isEqualTo("id");
 *
 * List<Item> items = client.get("/items/stream").send().lines(Item.class);
 * List<ServerSentEvent<String>> events = client.get("/items/events").send().events();
 * }</pre>
 */
public final class TestResponse {
    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final List<byte[]> chunks;
    private final Throwable failure;

    TestResponse(int status, Headers headers, byte[] body, List<byte[]> chunks, Throwable failure) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.chunks = chunks;
        this.failure = failure;
    }

    public int status() {
        return status;
    }

    /** The first value of header {@code name} (any case), or null when absent. */
    public String header(String name) {
        return headers.first(name).orElse(null);
    }

    /** Every value of header {@code name}. */
    public List<String> headers(String name) {
        return headers.all(name);
    }

    /** The response's correlation id ({@code x-correlation-id}). */
    public String correlationId() {
        return header("x-correlation-id");
    }

    public byte[] bodyBytes() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as a JSON tree. */
    public JsonNode json() {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the body is not JSON: " + preview(), e);
        }
    }

    /** The body read as {@code type}, such as a record. */
    public <T> T as(Class<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the body could not be read as " + type.getSimpleName() + ": " + preview(), e);
        }
    }

    /** The body read as a generic type: {@code as(new TypeReference<List<Item>>() {})}. */
    public <T> T as(TypeReference<T> type) {
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the body could not be read as " + type.getType() + ": " + preview(), e);
        }
    }

    /** A JSON Lines body's lines, as text, without the newlines. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String line : bodyText().split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A JSON Lines body's lines, each read as {@code type}. */
    public <T> List<T> lines(Class<T> type) {
        List<T> values = new ArrayList<>();
        for (String line : lines()) {
            try {
                values.add(Json.mapper().readValue(line, type));
            } catch (IOException e) {
                throw new UncheckedIOException("a line could not be read as " + type.getSimpleName() + ": " + line, e);
            }
        }
        return values;
    }

    /**
     * A {@code text/event-stream} body's events, read as a browser's {@code EventSource} reads
     * them: data lines joined with LF, one space after the colon dropped, comments skipped.
     */
    public List<ServerSentEvent<String>> events() {
        List<ServerSentEvent<String>> events = new ArrayList<>();
        StringBuilder data = null;
        String event = null;
        String id = null;
        Duration retry = null;
        for (String line : bodyText().split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data != null || event != null || id != null || retry != null) {
                    ServerSentEvent<String> read = ServerSentEvent.of(data == null ? null : data.toString());
                    events.add(read.event(event).id(id).retry(retry));
                }
                data = null;
                event = null;
                id = null;
                retry = null;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon == 0) {
                continue;
            }
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "event" -> event = value;
                case "id" -> id = value;
                case "retry" -> retry = Duration.ofMillis(Long.parseLong(value));
                default -> { }
            }
        }
        return events;
    }

    /** A streamed body's chunks as they were written (one per element for JSON Lines); empty otherwise. */
    public List<String> chunks() {
        return chunks.stream().map(chunk -> new String(chunk, StandardCharsets.UTF_8)).toList();
    }

    /** The exception behind a 500, so a test can see why; the client never would. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    private String preview() {
        String text = bodyText();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public String toString() {
        return status + " " + preview();
    }
}
