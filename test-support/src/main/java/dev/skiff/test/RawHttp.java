package dev.skiff.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client would refuse to send or would
 * normalise: invalid chunk sizes, a Content-Length past a long, raw {@code ..} or CR in a
 * header value. Each exchange opens its own connection, sends the bytes as given and reads one
 * response: up to its Content-Length, the end of its chunks, or the connection's close.
 *
 * <pre>{@code
 * RawHttp.Response response = RawHttp.to(server.port()).send(
 *         "POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n");
 * assertThat(response.status()).isEqualTo(413);
 * }</pre>
 */
public final class RawHttp {
    private final int port;
    private Duration timeout = Duration.ofSeconds(10);

    private RawHttp(int port) {
        this.port = port;
    }

    /** Requests to {@code 127.0.0.1:port}. */
    public static RawHttp to(int port) {
        return new RawHttp(port);
    }

    /** How long to wait for the response before giving up on it. Default 10 s. */
    public RawHttp timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Sends {@code request} (ISO-8859-1: one byte per character) and reads the response. */
    public Response send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code request} as is and reads the response. */
    public Response send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before it has read everything (a 413, a 431)
            }
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean timedOut = false;
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                bytes.write(buffer, 0, read);
                if (complete(bytes.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException stalled) {
            timedOut = true;
        } catch (IOException reset) {
            // a reset after the response is still a response
        }
        return Response.of(bytes.toByteArray(), timedOut);
    }

    private static boolean complete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
        if (head.startsWith("http/1.1 1")) {
            return false; // 100 Continue: the answer follows
        }
        int bodyStart = headEnd + 4;
        Optional<String> length = headerIn(head, "content-length");
        if (length.isPresent()) {
            return received.length - bodyStart >= Long.parseLong(length.get());
        }
        if (headerIn(head, "transfer-encoding").filter(v -> v.contains("chunked")).isPresent()) {
            return text.endsWith("0\r\n\r\n");
        }
        return false;
    }

    /** The first value of header {@code name} in {@code head} (any case). */
    private static Optional<String> headerIn(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return Optional.of(line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }

    /**
     * What came back: the status of the last response line (-1 when nothing came back), its
     * head and body, and whether the wait ran out.
     */
    public record Response(int status, String head, byte[] body, boolean timedOut) {
        static Response of(byte[] received, boolean timedOut) {
            String text = new String(received, StandardCharsets.ISO_8859_1);
            int start = 0;
            // skip interim responses (100 Continue)
            while (text.startsWith("HTTP/1.1 1", start) && text.indexOf("\r\n\r\n", start) >= 0) {
                start = text.indexOf("\r\n\r\n", start) + 4;
            }
            int headEnd = text.indexOf("\r\n\r\n", start);
            if (!text.startsWith("HTTP/", start) || headEnd < 0) {
                return new Response(-1, "", received, timedOut);
            }
            String head = text.substring(start, headEnd);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            byte[] body = java.util.Arrays.copyOfRange(received, headEnd + 4, received.length);
            if (headerIn(head.toLowerCase(Locale.ROOT), "transfer-encoding").filter(v -> v.contains("chunked"))
                    .isPresent()) {
                body = dechunked(body);
            }
            return new Response(status, head, body, timedOut);
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The first value of header {@code name} (any case). */
        public Optional<String> header(String name) {
            return headerIn(head, name);
        }

        private static byte[] dechunked(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, at);
                if (lineEnd < 0) {
                    break;
                }
                String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int size;
                try {
                    size = Integer.parseInt(sizeText, 16);
                } catch (NumberFormatException notAChunk) {
                    break;
                }
                if (size == 0) {
                    break;
                }
                int dataStart = lineEnd + 2;
                int dataEnd = Math.min(chunked.length, dataStart + size);
                out.write(chunked, dataStart, dataEnd - dataStart);
                at = dataEnd + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
