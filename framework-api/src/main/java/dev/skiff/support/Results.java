package dev.skiff.support;

import dev.skiff.core.JsonValues;
import dev.skiff.core.JsonWriter;
import dev.skiff.api.Response;
import dev.skiff.core.HttpResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns handler results into responses, for generated invokers. */
public final class Results {
    private static final Logger LOG = LoggerFactory.getLogger(Results.class);
    private static final byte[] NEWLINE = {'\n'};

    /** The media type of streamed results: one JSON document per line. */
    public static final String JSON_LINES = "application/jsonl";

    private Results() {}

    /** {@code value} as JSON with {@code status}. */
    public static <T> HttpResponse json(int status, JsonWriter<T> writer, T value) throws IOException {
        return HttpResponse.json(status, JsonValues.toBytes(writer, value));
    }

    /** A bodiless response, for {@code void} handlers. */
    public static HttpResponse empty(int status) {
        return HttpResponse.empty(status);
    }

    /** A {@link Response}: its status and headers, and its body as JSON unless null. */
    public static <T> HttpResponse response(Response<? extends T> result, JsonWriter<T> writer) throws IOException {
        HttpResponse response = result.body() == null
                ? HttpResponse.empty(result.status())
                : HttpResponse.json(result.status(), JsonValues.toBytes(writer, result.body()));
        for (Map.Entry<String, String> header : result.headers()) {
            response.headers().add(header.getKey(), header.getValue());
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
}
