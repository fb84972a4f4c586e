package dev.skiff.local;

import dev.skiff.core.HttpResponse;
import io.undertow.io.BufferWritableOutputStream;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Writes a {@link HttpResponse} to a blocking exchange. A streamed body goes out with chunked
 * transfer, each chunk flushed as it is written, so a client reads it before the next exists.
 */
final class ResponseWriter {
    private ResponseWriter() {}

    static void write(HttpServerExchange exchange, HttpResponse response) throws IOException {
        HeaderMap headers = head(exchange, response);
        if (!response.isStreaming() && !exchange.getRequestMethod().equals(Methods.HEAD)) {
            byte[] body = response.body();
            // Set before the stream exists: Undertow's stream then writes a body of exactly that
            // length straight from the array, without copying it into a pooled buffer first.
            headers.put(Headers.CONTENT_LENGTH, body.length);
            OutputStream out = exchange.getOutputStream();
            if (out instanceof BufferWritableOutputStream whole) {
                whole.write(ByteBuffer.wrap(body));
            } else {
                out.write(body);
            }
            out.close();
            return;
        }
        OutputStream out = exchange.getOutputStream();
        if (response.isStreaming()) {
            if (exchange.isHttp11()) {
                // Chunked even when the client asked to close: chunk boundaries are the elements.
                headers.put(Headers.TRANSFER_ENCODING, "chunked");
            }
            // Send the status and headers now: the first element may take a while.
            out.flush();
            response.stream().writeTo(chunk -> {
                if (chunk.length > 0) { // an empty chunk would end chunked transfer early
                    out.write(chunk);
                    out.flush();
                }
            });
        }
        out.close();
    }

    /**
     * Writes a response that is not streamed without blocking, on the IO thread: the sender
     * writes what the socket takes now and the rest as it becomes writable, then ends the exchange.
     */
    static void send(HttpServerExchange exchange, HttpResponse response) {
        HeaderMap headers = head(exchange, response);
        if (exchange.getRequestMethod().equals(Methods.HEAD)) {
            exchange.endExchange();
            return;
        }
        byte[] body = response.body();
        headers.put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    private static HeaderMap head(HttpServerExchange exchange, HttpResponse response) {
        exchange.setStatusCode(response.status());
        HeaderMap headers = exchange.getResponseHeaders();
        response.headers().forEach((name, values) -> {
            HttpString header = HttpString.tryFromString(name);
            values.forEach(value -> headers.add(header, value));
        });
        return headers;
    }
}
