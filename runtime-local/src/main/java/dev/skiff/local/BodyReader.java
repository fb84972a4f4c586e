package dev.skiff.local;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;

/**
 * Reads a request body whole, refusing one over the limit: first by its declared
 * Content-Length, before reading a byte, then by counting, since a chunked body declares none.
 */
final class BodyReader {
    private static final byte[] EMPTY = new byte[0];
    /** Past this a declared body cannot be one array: it is read as a chunked one would be. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

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
        IdleWatch watch = IdleWatch.on(exchange, idleTimeout);
        try {
            return declared > 0 && declared <= MAX_ARRAY ? readDeclared(in, (int) declared, watch) : readChunked(in, limit, watch);
        } catch (RequestTooBigException overUndertowsLimit) {
            // should Undertow's own entity limit be set after all: the same 413
            throw new BodyTooLargeException(limit);
        } finally {
            watch.stop();
        }
    }

    /**
     * A body of known length goes straight into an array of that length: no scratch buffer, no
     * second copy. Undertow's fixed-length channel never yields more than the declared length.
     */
    private static byte[] readDeclared(InputStream in, int declared, IdleWatch watch) throws IOException {
        byte[] body = new byte[declared];
        int total = 0;
        int read;
        while (total < declared && (read = read(in, body, total, declared - total, watch)) != -1) {
            total += read;
        }
        return total == declared ? body : Arrays.copyOf(body, total);
    }

    /** A chunked body declares no length: counted as it arrives, refused once past the limit. */
    private static byte[] readChunked(InputStream in, long limit, IdleWatch watch)
            throws IOException, BodyTooLargeException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = read(in, buffer, 0, buffer.length, watch)) != -1) {
            total += read;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            body.write(buffer, 0, read);
        }
        return total == 0 ? EMPTY : body.toByteArray();
    }

    /**
     * One read, blocking only if nothing has arrived yet ({@code available()} reads what the
     * connection holds without blocking); the watch is armed before such a read.
     */
    private static int read(InputStream in, byte[] into, int offset, int length, IdleWatch watch) throws IOException {
        if (in.available() == 0) {
            watch.arm();
        }
        int read = in.read(into, offset, length);
        watch.progressed();
        return read;
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
