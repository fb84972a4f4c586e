package dev.skiff.bench.runtimeapi;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One runtime's connection: serves {@code GET next} from the schedule and times each answer as
 * its bytes are read. Plain HTTP/1.1 over the socket, because the JDK's servers hide chunk
 * boundaries, which are what the streaming figures are about.
 */
final class RuntimeConnection implements Runnable {
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:bench";
    private static final String TRACE = "Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e;Parent=91ed514f1e5c03b2;Sampled=0";

    private final Socket socket;
    private final Schedule schedule;
    private final int generation;
    private InputStream in;
    private OutputStream out;

    RuntimeConnection(Socket socket, Schedule schedule, int generation) {
        this.socket = socket;
        this.schedule = schedule;
        this.generation = generation;
    }

    @Override
    public void run() {
        try (socket) {
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
            while (true) {
                String requestLine;
                try {
                    requestLine = readLine();
                } catch (EOFException closedByRuntime) {
                    return;
                }
                long headNanos = System.nanoTime();
                Map<String, String> headers = readHeaders();
                String[] parts = requestLine.split(" ");
                String path = parts.length > 1 ? parts[1] : "";
                if (path.endsWith("/runtime/invocation/next")) {
                    if (!next()) {
                        return;
                    }
                } else if (path.endsWith("/runtime/init/error")) {
                    schedule.initFailed(new String(readWholeBody(headers), StandardCharsets.UTF_8));
                    accepted();
                } else {
                    answer(path, headers, headNanos);
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The runtime was stopped, or a later run made this connection stale.
        }
    }

    /** Hands out the next event; false when the connection is stale. */
    private boolean next() throws IOException, InterruptedException {
        Schedule.Delivery delivery = schedule.take(generation);
        if (delivery == null) {
            return false;
        }
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Lambda-Runtime-Aws-Request-Id: " + delivery.requestId() + "\r\n"
                + "Lambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 60_000) + "\r\n"
                + "Lambda-Runtime-Invoked-Function-Arn: " + ARN + "\r\n"
                + "Lambda-Runtime-Trace-Id: " + TRACE + "\r\n"
                + "Content-Length: " + delivery.event().length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        // Timed before the write: a stand-in thread descheduled after it would shorten every interval.
        schedule.sent(delivery, System.nanoTime(), epochMicros());
        out.write(headBytes);
        out.write(delivery.event());
        out.flush();
        return true;
    }

    /** {@code POST .../invocation/{id}/response} or {@code .../error}, timed as it is read. */
    private void answer(String path, Map<String, String> headers, long headNanos) throws IOException {
        String[] segments = path.split("/"); // "", version, "runtime", "invocation", id, what
        Schedule.Sent to = segments.length > 5 ? schedule.sentFor(segments[4]) : null;
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        boolean streamed = chunked && "streaming".equalsIgnoreCase(headers.get("lambda-runtime-function-response-mode"));
        Answer answer = new Answer(path.endsWith("/error") ? "error" : "whole", streamed, headNanos);
        String errorType = headers.get("lambda-runtime-function-error-type");
        if (chunked) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            long lastArrival = headNanos;
            while (true) {
                String size = readLine();
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (length == 0) {
                    Map<String, String> trailers = readHeaders();
                    errorType = trailers.getOrDefault("lambda-runtime-function-error-type", errorType);
                    break;
                }
                byte[] chunk = readFully(length);
                long arrived = System.nanoTime();
                readLine();
                if (streamed) {
                    answer.chunk(chunk, arrived);
                } else {
                    whole.writeBytes(chunk);
                    lastArrival = arrived;
                }
            }
            if (!streamed) {
                answer.whole(whole.toByteArray(), lastArrival);
            }
        } else {
            byte[] body = readWholeBody(headers);
            answer.whole(body, System.nanoTime());
        }
        answer.ended(System.nanoTime(), epochMicros(), errorType);
        accepted();
        if (to != null) {
            schedule.answered(to, answer);
        }
    }

    private void accepted() throws IOException {
        byte[] body = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private byte[] readWholeBody(Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        return readFully(length == null ? 0 : Integer.parseInt(length.trim()));
    }

    private byte[] readFully(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the runtime closed the connection mid-request");
        }
        return bytes;
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

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    /** Now, in epoch microseconds: the clock of bash's {@code $EPOCHREALTIME}. */
    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
