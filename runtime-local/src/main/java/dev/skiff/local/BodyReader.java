package dev.skiff.local;

import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body whole, refusing one over the limit: first by its declared
 * Content-Length, before reading a byte, then by counting, since a chunked body declares none.
 */
final class BodyReader {
    private static final byte[] EMPTY = new byte[0];

    private BodyReader() {}

    /** The body's bytes; the exchange must be in blocking mode. */
    static byte[] read(HttpServerExchange exchange, long limit) throws IOException, BodyTooLargeException {
        long declared = exchange.getRequestContentLength();
        if (declared > limit) {
            throw new BodyTooLargeException(limit);
        }
        if (declared == 0 || exchange.isRequestComplete()) {
            return EMPTY; // most GETs: no body to buffer
        }
        InputStream in = exchange.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            body.write(buffer, 0, read);
        }
        return total == 0 ? EMPTY : body.toByteArray();
    }
}
