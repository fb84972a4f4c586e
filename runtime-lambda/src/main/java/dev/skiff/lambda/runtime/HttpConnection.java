package dev.skiff.lambda.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One kept-alive HTTP/1.1 connection to the Runtime API on the sandbox's loopback: just what the
 * API needs — requests with a whole body or a chunked body with trailers, and responses with a
 * {@code Content-Length} or chunked body. Neither {@code HttpURLConnection} nor
 * {@code java.net.http} can send trailers, which is how a stream that fails after its first byte
 * is reported, so the runtime speaks HTTP itself. Not thread-safe: one per invocation thread.
 */
final class HttpConnection implements AutoCloseable {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final int MAX_HEADER_LINE = 64 * 1024;

    private final InetSocketAddress address;
    private final String hostHeader;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Set for good by {@link #shutDown()}: the connection is not opened again. */
    private volatile boolean shutDown;

    HttpConnection(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("AWS_LAMBDA_RUNTIME_API must be host:port, not " + hostAndPort);
        }
        this.address = new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        this.hostHeader = hostAndPort;
    }

    /** A response: status, headers by lower-case name, whole body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
    }

    /** Sends a request with a whole body (null: none) and reads the response. */
    Response exchange(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        ensureOpen();
        try {
            StringBuilder head = requestHead(method, path, headers);
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return readResponse();
        } catch (IOException failed) {
            close();
            throw failed;
        }
    }

    /** Starts a request whose body is sent in chunks; see {@link ChunkedRequest}. */
    ChunkedRequest chunked(String method, String path, Map<String, String> headers) throws IOException {
        ensureOpen();
        StringBuilder head = requestHead(method, path, headers).append("Transfer-Encoding: chunked\r\n\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException failed) {
            close();
            throw failed;
        }
        return new ChunkedRequest();
    }

    /** A request body in flight: each write is one chunk, sent at once; it ends with optional trailers. */
    final class ChunkedRequest {
        private ChunkedRequest() {}

        void write(byte[] chunk) throws IOException {
            if (chunk.length == 0) {
                return; // an empty chunk would end the body
            }
            try {
                out.write(Integer.toHexString(chunk.length).getBytes(StandardCharsets.ISO_8859_1));
                out.write(CRLF);
                out.write(chunk);
                out.write(CRLF);
                out.flush();
            } catch (IOException failed) {
                close();
                throw failed;
            }
        }

        /** Sends the last chunk and the trailers, then reads the response. */
        Response finish(Map<String, String> trailers) throws IOException {
            try {
                StringBuilder end = new StringBuilder("0\r\n");
                trailers.forEach((name, value) -> end.append(name).append(": ").append(value).append("\r\n"));
                end.append("\r\n");
                out.write(end.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return readResponse();
            } catch (IOException failed) {
                close();
                throw failed;
            }
        }
    }

    private StringBuilder requestHead(String method, String path, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head;
    }

    private void ensureOpen() throws IOException {
        if (shutDown) {
            throw new IOException("the connection to the Runtime API was shut down");
        }
        if (socket != null) {
            return;
        }
        Socket opened = new Socket();
        try {
            // Chunks must leave as they are written, not when Nagle's algorithm decides.
            opened.setTcpNoDelay(true);
            opened.connect(address);
        } catch (IOException failed) {
            opened.close();
            throw failed;
        }
        in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(opened.getOutputStream(), 16 * 1024);
        socket = opened;
        if (shutDown) {
            // Shut down from another thread while this one was connecting: nobody else closes it.
            close();
            throw new IOException("the connection to the Runtime API was shut down");
        }
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response from the Runtime API: " + statusLine);
        }
        int space = statusLine.indexOf(' ');
        int status;
        try {
            status = Integer.parseInt(statusLine.substring(space + 1, Math.min(statusLine.length(), space + 4)));
        } catch (NumberFormatException | StringIndexOutOfBoundsException bad) {
            throw new IOException("unreadable status line from the Runtime API: " + statusLine);
        }
        Map<String, String> headers = readHeaders();
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunkedBody();
        } else if (headers.containsKey("content-length")) {
            body = readFully(number(headers.get("content-length"), 10));
        } else {
            body = in.readAllBytes(); // delimited by the end of the connection
            close();
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(status, headers, body);
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private byte[] readChunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            int semicolon = size.indexOf(';');
            int length = number(semicolon < 0 ? size : size.substring(0, semicolon), 16);
            if (length == 0) {
                readHeaders(); // trailers, if any, up to the empty line
                return body.toByteArray();
            }
            body.write(readFully(length));
            readLine();
        }
    }

    /** A length from the Runtime API; one that cannot be read leaves the connection unusable. */
    private static int number(String text, int radix) throws IOException {
        try {
            int value = Integer.parseInt(text.trim(), radix);
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return value;
        } catch (NumberFormatException unreadable) {
            throw new IOException("an unreadable length from the Runtime API: " + text, unreadable);
        }
    }

    private byte[] readFully(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the Runtime API closed the connection mid-response");
        }
        return bytes;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the Runtime API closed the connection");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_HEADER_LINE) {
                throw new IOException("a header line from the Runtime API is too long");
            }
            line.append((char) b);
        }
    }

    /** Closes the connection for good, from any thread: a request blocked on it fails at once. */
    void shutDown() {
        shutDown = true;
        close();
    }

    /** Closes the current socket; the next request opens a new one (unless shut down). */
    @Override
    public void close() {
        Socket open = socket;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // Closing a socket that is already broken: nothing to do.
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
