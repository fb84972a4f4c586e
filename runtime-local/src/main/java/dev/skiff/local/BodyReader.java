package dev.skiff.local;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request body whole, refusing one over the limit: first by its declared
 * Content-Length, before reading a byte, then by counting, since a chunked body declares none.
 */
final class BodyReader {
    private static final byte[] EMPTY = new byte[0];

    private BodyReader() {}

    /**
     * The body's bytes; the exchange must be in blocking mode. A body that stops arriving for
     * {@code idleTimeout} has its connection closed, and the read fails.
     *
     * @throws BodyTooLargeException past {@code limit}, declared or counted
     * @throws BadBodyException for a Content-Length that is not a number
     * @throws IOException when the body cannot be read: the client went away, or sent a broken chunk
     */
    static byte[] read(HttpServerExchange exchange, long limit, Duration idleTimeout)
            throws IOException, BodyTooLargeException, BadBodyException {
        long declared = declaredLength(exchange, limit);
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
        IdleWatch watch = IdleWatch.start(exchange, idleTimeout);
        try {
            while ((read = in.read(buffer)) != -1) {
                watch.progressed();
                total += read;
                if (total > limit) {
                    throw new BodyTooLargeException(limit);
                }
                body.write(buffer, 0, read);
            }
        } catch (RequestTooBigException overUndertowsLimit) {
            // should Undertow's own entity limit be set after all: the same 413
            throw new BodyTooLargeException(limit);
        } finally {
            watch.stop();
        }
        return total == 0 ? EMPTY : body.toByteArray();
    }

    /**
     * The declared Content-Length, -1 for none; Undertow's own parse throws a
     * NumberFormatException for one too large for a long, which is a body over any limit.
     */
    private static long declaredLength(HttpServerExchange exchange, long limit)
            throws BodyTooLargeException, BadBodyException {
        try {
            return exchange.getRequestContentLength();
        } catch (NumberFormatException notALong) {
            String value = exchange.getRequestHeaders().getFirst(Headers.CONTENT_LENGTH);
            if (value != null && !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new BodyTooLargeException(limit);
            }
            throw new BadBodyException("Invalid Content-Length header");
        }
    }

    /** A request whose body cannot be read as its headers describe it: the request ends with 400. */
    static final class BadBodyException extends Exception {
        private static final long serialVersionUID = 1L;

        BadBodyException(String detail) {
            super(detail, null, false, false);
        }
    }
}
