package dev.skiff.support;

import dev.skiff.api.Response;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.ChunkSink;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.JsonValues;
import dev.skiff.core.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns handler results into responses, for generated invokers: JSON, text, bytes, a stream of
 * bytes, JSON Lines and server-sent events, each with exactly one {@code Content-Type}.
 */
public final class Results {
    private static final Logger LOG = LoggerFactory.getLogger(Results.class);
    private static final byte[] NEWLINE = {'\n'};

    /** The media type of streamed results: one JSON document per line. */
    public static final String JSON_LINES = "application/jsonl";

    /** The media type of JSON results. */
    public static final String JSON = "application/json";

    /** The media type of bytes and byte streams with no declared type. */
    public static final String OCTET_STREAM = "application/octet-stream";

    /** How much of a byte stream one chunk carries at most. */
    private static final int BYTE_CHUNK = 8192;

    private Results() {}

    /** {@code value} as JSON with {@code status}. */
    public static <T> HttpResponse json(int status, JsonWriter<T> writer, T value) throws IOException {
        return HttpResponse.json(status, JsonValues.toBytes(writer, value));
    }

    /** {@code value} as JSON with {@code status}, in a declared JSON media type such as {@code application/problem+json}. */
    public static <T> HttpResponse json(int status, String mediaType, JsonWriter<T> writer, T value) throws IOException {
        return HttpResponse.bytes(status, mediaType, JsonValues.toBytes(writer, value));
    }

    /**
     * {@code text} in UTF-8 as {@code mediaType} (null: an empty body); a {@code text/*} type without a charset gets
     * {@code ; charset=utf-8}, as Starlette adds it.
     */
    public static HttpResponse text(int status, String mediaType, String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        return HttpResponse.bytes(status, withCharset(mediaType), bytes);
    }

    /** {@code bytes} as they are, as {@code mediaType}. */
    public static HttpResponse bytes(int status, String mediaType, byte[] bytes) {
        return HttpResponse.bytes(status, mediaType, bytes);
    }

    /**
     * {@code body} streamed as {@code mediaType}, one chunk per read (at most 8 KiB), then closed;
     * closed as well when the client goes away.
     */
    public static HttpResponse byteStream(int status, String mediaType, InputStream body) {
        if (body == null) {
            return HttpResponse.bytes(status, mediaType, null);
        }
        return HttpResponse.streaming(status, mediaType, sink -> {
            try (InputStream in = body) {
                byte[] buffer = new byte[BYTE_CHUNK];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (read > 0) {
                        byte[] chunk = new byte[read];
                        System.arraycopy(buffer, 0, chunk, 0, read);
                        writeChunk(sink, chunk);
                    }
                }
            } catch (ClientGone gone) {
                LOG.info("Stream ended early: the client went away");
            } catch (IOException readFailed) {
                // the application's own stream failed: its failure, not the client's
                throw new UncheckedIOException(readFailed);
            }
        });
    }

    /** A bodiless response, for {@code void} handlers. */
    public static HttpResponse empty(int status) {
        return HttpResponse.empty(status);
    }

    /** A {@link Response} of an operation that produces JSON. */
    public static <T> HttpResponse response(Response<? extends T> result, JsonWriter<T> writer) throws IOException {
        return response(result, writer, JSON);
    }

    /**
     * A {@link Response}: its status and headers, and its body in the response's own
     * {@code Content-Type}, else the operation's {@code mediaType}: {@code byte[]} as it is, an
     * {@link InputStream} streamed, a {@code String} as text unless the type is JSON, anything
     * else as JSON with {@code writer} (null when the declared body type is never JSON).
     */
    public static <T> HttpResponse response(Response<? extends T> result, JsonWriter<T> writer, String mediaType)
            throws IOException {
        String contentType = result.contentType() != null ? result.contentType() : mediaType;
        Object body = result.body();
        HttpResponse response;
        if (body == null) {
            response = HttpResponse.empty(result.status());
        } else if (body instanceof byte[] bytes) {
            response = bytes(result.status(), contentType, bytes);
        } else if (body instanceof InputStream stream) {
            response = byteStream(result.status(), contentType, stream);
        } else if (body instanceof String text && !isJson(contentType)) {
            response = text(result.status(), contentType, text);
        } else if (writer == null) {
            throw new IllegalStateException("a " + body.getClass().getName() + " body has no JSON writer");
        } else {
            response = HttpResponse.bytes(result.status(), contentType, JsonValues.toBytes(writer, result.body()));
        }
        for (Map.Entry<String, String> header : result.headers()) {
            if (header.getKey().equalsIgnoreCase("content-type")) {
                // one Content-Type: a text body's has its charset already
                if (body == null) {
                    response.headers().set(header.getKey(), header.getValue());
                }
            } else {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        return response;
    }

    /**
     * A stream sent as JSON Lines, one element per chunk, each flushed as it is produced. A
     * client that goes away ends the stream quietly; a failure while producing is thrown to the
     * runtime, which ends the stream the way its protocol signals a failure (the local server
     * closes the connection, Lambda's streamed mode sends error trailers, its buffered mode a 500).
     */
    public static <T> HttpResponse jsonLines(int status, JsonWriter<T> elementWriter, Stream<? extends T> elements) {
        return HttpResponse.streaming(status, JSON_LINES, sink -> {
            try (Stream<? extends T> closing = elements) {
                Iterator<? extends T> iterator = closing.iterator();
                while (iterator.hasNext()) {
                    byte[] json = JsonValues.toBytes(elementWriter, iterator.next());
                    byte[] line = new byte[json.length + 1];
                    System.arraycopy(json, 0, line, 0, json.length);
                    line[json.length] = NEWLINE[0];
                    sink.write(line);
                }
            } catch (IOException clientGone) {
                LOG.info("Stream ended early: the client went away");
            }
        });
    }

    /** {@link #jsonLines(int, JsonWriter, Stream)} in a declared media type, such as {@code application/x-ndjson}. */
    public static <T> HttpResponse jsonLines(int status, String mediaType, JsonWriter<T> elementWriter,
            Stream<? extends T> elements) {
        HttpResponse response = jsonLines(status, elementWriter, elements);
        response.headers().set("content-type", mediaType);
        return response;
    }

    /** Server-sent events whose data is text: see {@link #events(int, JsonWriter, Stream)}. */
    public static HttpResponse events(int status, Stream<? extends ServerSentEvent<String>> events) {
        return events(status, null, events);
    }

    /**
     * Server-sent events ({@code text/event-stream}), one event per chunk, each flushed as it is
     * produced, with {@code Cache-Control: no-cache} and {@code X-Accel-Buffering: no} so that no
     * cache or proxy holds them back. The data is written by {@code dataWriter} as JSON, or as
     * text when it is null. Ends like {@link #jsonLines(int, JsonWriter, Stream)}: quietly when the
     * client goes away, by the runtime's failure signal when producing fails.
     */
    public static <T> HttpResponse events(int status, JsonWriter<T> dataWriter,
            Stream<? extends ServerSentEvent<? extends T>> events) {
        HttpResponse response = HttpResponse.streaming(status, ServerSentEvents.MEDIA_TYPE, sink -> {
            try (Stream<? extends ServerSentEvent<? extends T>> closing = events) {
                Iterator<? extends ServerSentEvent<? extends T>> iterator = closing.iterator();
                while (iterator.hasNext()) {
                    writeChunk(sink, ServerSentEvents.encode(iterator.next(), dataWriter));
                }
            } catch (ClientGone gone) {
                LOG.info("Event stream ended early: the client went away");
            } catch (IOException writeFailed) {
                throw new UncheckedIOException(writeFailed);
            }
        });
        response.headers().set("cache-control", "no-cache");
        response.headers().set("x-accel-buffering", "no");
        return response;
    }

    /** Whether {@code mediaType} is JSON: {@code application/json} or a {@code +json} type. */
    static boolean isJson(String mediaType) {
        String essence = HeaderParams.mediaType(mediaType);
        return essence.equals(JSON) || essence.endsWith("+json");
    }

    private static String withCharset(String mediaType) {
        String essence = HeaderParams.mediaType(mediaType);
        return essence.startsWith("text/") && !mediaType.toLowerCase(Locale.ROOT).contains("charset=")
                ? mediaType + "; charset=utf-8" : mediaType;
    }

    /**
     * Writes to the sink, telling the sink's failure (the client went away) from the
     * application's own I/O failures, which are the application's to report.
     */
    private static void writeChunk(ChunkSink sink, byte[] chunk) throws ClientGone {
        try {
            sink.write(chunk);
        } catch (IOException gone) {
            throw new ClientGone(gone);
        }
    }

    /** The sink failed: the client went away. */
    private static final class ClientGone extends IOException {
        ClientGone(IOException cause) {
            super(cause);
        }
    }
}
