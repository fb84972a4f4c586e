package dev.skiff.lambda.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the Lambda Runtime API on loopback that records what a runtime sends byte for
 * byte: each request's line, headers, body, the body's chunks as they arrive, and trailers. It
 * speaks HTTP over a plain socket because the JDK's {@code HttpServer} hides chunk boundaries and
 * drops trailers, which are exactly what the streaming protocol is about.
 *
 * <pre>{@code
 * try (RuntimeApiStandIn api = RuntimeApiStandIn.start()) {
 *     api.enqueue(RuntimeApiStandIn.Event.of("req-1", eventBytes));
 *     Posted answer = api.posted("req-1");
 * }
 * }</pre>
 */
public final class RuntimeApiStandIn implements AutoCloseable {
    private static final long WAIT_SECONDS = 20;

    private final ServerSocket server;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Map<String, BlockingQueue<Posted>> posted = new ConcurrentHashMap<>();
    private final List<Socket> connections = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requestLines = Collections.synchronizedList(new ArrayList<>());
    private volatile CountDownLatch waitingForNext = new CountDownLatch(0);
    private volatile boolean closed;
    private volatile boolean closeAfterEachAnswer;
    private volatile boolean recordRequestLines = true;

    private RuntimeApiStandIn(ServerSocket server) {
        this.server = server;
    }

    /** Starts listening on a free loopback port. */
    public static RuntimeApiStandIn start() throws IOException {
        RuntimeApiStandIn api = new RuntimeApiStandIn(new ServerSocket(0, 64, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(api::accept, "runtime-api-stand-in");
        acceptor.setDaemon(true);
        acceptor.start();
        return api;
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** An invocation to deliver: its id, deadline, trace header and event. */
    public record Event(String requestId, long deadlineMillis, String traceId, Map<String, String> extraHeaders,
                        byte[] body) {
        public static Event of(String requestId, byte[] body) {
            return new Event(requestId, System.currentTimeMillis() + 60_000, null, Map.of(), body);
        }

        public Event withTrace(String traceHeader) {
            return new Event(requestId, deadlineMillis, traceHeader, extraHeaders, body);
        }

        public Event withDeadline(long deadline) {
            return new Event(requestId, deadline, traceId, extraHeaders, body);
        }

        public Event withHeader(String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
            headers.put(name, value);
            return new Event(requestId, deadlineMillis, traceId, headers, body);
        }
    }

    /** Queues an invocation for the next {@code GET next}. */
    public void enqueue(Event event) {
        events.add(event);
    }

    /**
     * Holds every event back until {@code count} requests wait in {@code GET next} at once: with
     * that many invocation threads, they then all run at the same time.
     */
    public void holdUntilWaiting(int count) {
        waitingForNext = new CountDownLatch(count);
    }

    /**
     * Closes each connection after answering a POST, without saying so ({@code Connection: close}
     * is not sent): the runtime finds a kept-alive connection closed under it.
     */
    public void closeAfterEachAnswer() {
        closeAfterEachAnswer = true;
    }

    /**
     * Keeps no record of request lines from now on, and forgets each invocation's answers once
     * taken: a soak of many invocations then measures the runtime's heap, not the stand-in's.
     */
    public void recordNothing() {
        recordRequestLines = false;
        synchronized (requestLines) {
            requestLines.clear();
        }
    }

    /** Every request line received, in order. */
    public List<String> requestLines() {
        synchronized (requestLines) {
            return List.copyOf(requestLines);
        }
    }

    /** One POST from the runtime: its headers at once, its body's chunks as they arrive. */
    public static final class Posted {
        public final String requestLine;
        public final Map<String, String> headers;
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private final CountDownLatch ended = new CountDownLatch(1);
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final List<byte[]> chunkList = Collections.synchronizedList(new ArrayList<>());
        private volatile Map<String, String> trailers = Map.of();
        private volatile boolean chunked;

        Posted(String requestLine, Map<String, String> headers) {
            this.requestLine = requestLine;
            this.headers = headers;
        }

        /** The next chunk of a chunked body, waiting for it to arrive. */
        public byte[] nextChunk() throws InterruptedException {
            byte[] chunk = chunks.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (chunk == null) {
                throw new AssertionError("no further chunk arrived for " + requestLine);
            }
            return chunk;
        }

        /** Waits for the whole request; then its body, chunks and trailers are final. */
        public Posted awaitEnd() throws InterruptedException {
            if (!ended.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the request never ended: " + requestLine);
            }
            return this;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public boolean chunked() {
            return chunked;
        }

        public byte[] body() {
            synchronized (body) {
                return body.toByteArray();
            }
        }

        public String bodyText() {
            return new String(body(), StandardCharsets.UTF_8);
        }

        public List<byte[]> chunks() {
            synchronized (chunkList) {
                return List.copyOf(chunkList);
            }
        }

        public Map<String, String> trailers() {
            return trailers;
        }

        void chunk(byte[] chunk) {
            chunked = true;
            chunkList.add(chunk);
            synchronized (body) {
                body.writeBytes(chunk);
            }
            chunks.add(chunk);
        }
    }

    /** The next POST about invocation {@code requestId} ({@code response} or {@code error}), waiting for its headers. */
    public Posted posted(String requestId) throws InterruptedException {
        BlockingQueue<Posted> queue = queue(requestId);
        Posted next = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("nothing was posted for " + requestId + "; requests: " + requestLines());
        }
        if (!recordRequestLines) {
            // A later post about the same invocation makes a new queue.
            posted.remove(requestId, queue);
        }
        return next;
    }

    /** The next {@code POST /runtime/init/error}. */
    public Posted initError() throws InterruptedException {
        return posted("init");
    }

    private BlockingQueue<Posted> queue(String key) {
        return posted.computeIfAbsent(key, k -> new LinkedBlockingQueue<>());
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                // A head and a body are two writes: with Nagle's algorithm the second waits for the
                // runtime's delayed ACK (some 40 ms on loopback) on every invocation.
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "runtime-api-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                String requestLine;
                try {
                    requestLine = readLine(in);
                } catch (EOFException closedByRuntime) {
                    return;
                }
                if (recordRequestLines) {
                    requestLines.add(requestLine);
                }
                Map<String, String> headers = readHeaders(in);
                String path = requestLine.split(" ")[1];
                if (requestLine.startsWith("GET ") && path.endsWith("/runtime/restore/next")) {
                    // SnapStart: the snapshot would be taken now; the restored environment goes on at once.
                    queue("restore").add(new Posted(requestLine, headers));
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    continue;
                }
                if (requestLine.startsWith("GET ") && path.endsWith("/runtime/invocation/next")) {
                    Event event = nextEvent();
                    if (event == null) {
                        return;
                    }
                    sendNext(out, event);
                    continue;
                }
                String key = path.endsWith("/runtime/init/error") ? "init"
                        : path.endsWith("/runtime/restore/error") ? "restore" : path.split("/")[4];
                Posted request = new Posted(requestLine, headers);
                queue(key).add(request);
                readBody(in, headers, request);
                request.ended.countDown();
                byte[] accepted = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: "
                        + accepted.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(accepted);
                out.flush();
                if (closeAfterEachAnswer) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The runtime closed the connection, or the stand-in is closing.
        }
    }

    private Event nextEvent() throws InterruptedException {
        CountDownLatch waiting = waitingForNext;
        waiting.countDown();
        while (!closed) {
            if (waiting.await(100, TimeUnit.MILLISECONDS)) {
                Event event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    return event;
                }
            }
        }
        return null;
    }

    private static void sendNext(OutputStream out, Event event) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
                .append("Lambda-Runtime-Aws-Request-Id: ").append(event.requestId()).append("\r\n")
                .append("Lambda-Runtime-Deadline-Ms: ").append(event.deadlineMillis()).append("\r\n")
                .append("Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:eu-west-1:123456789012:function:items-api")
                .append("\r\n");
        if (event.traceId() != null) {
            head.append("Lambda-Runtime-Trace-Id: ").append(event.traceId()).append("\r\n");
        }
        event.extraHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(event.body().length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(event.body());
        out.flush();
    }

    private static void readBody(InputStream in, Map<String, String> headers, Posted request) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                String size = readLine(in);
                int length = Integer.parseInt(size.trim(), 16);
                if (length == 0) {
                    request.trailers = readHeaders(in);
                    return;
                }
                byte[] chunk = in.readNBytes(length);
                if (chunk.length < length || !readLine(in).isEmpty()) {
                    throw new IOException("a malformed chunk");
                }
                request.chunk(chunk);
            }
        }
        String length = headers.get("content-length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        synchronized (request.body) {
            request.body.writeBytes(body);
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    /** One line, which must end in CRLF as HTTP requires. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            if (b == '\n') {
                if (previous != '\r') {
                    throw new IOException("a line ended without CR: " + line);
                }
                return line.substring(0, line.length() - 1);
            }
            line.append((char) b);
            previous = b;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        synchronized (connections) {
            for (Socket socket : connections) {
                socket.close();
            }
        }
    }
}
