package dev.skiff.bench.runtimeapi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One answer as it arrived, timed from the moment its event was sent: the request head, the end
 * of a streamed answer's prelude (its eight NULs; NaN when answered whole), the first body byte
 * (streamed: the first byte after the prelude; whole: the body is one piece, so first is last),
 * and the end of the body (streamed: the last chunk and trailers).
 */
final class Answer {
    private static final int PRELUDE_DELIMITER = 8;

    private final String kind;
    private final boolean streamed;
    private final StringBuilder prelude = new StringBuilder(256);
    private final long headNanos;
    private long preludeNanos = -1;
    private long firstByteNanos = -1;
    private long lastByteNanos;
    private long receivedMicros;
    private int zerosInARow;
    private boolean preludeEnded;
    private int chunks;
    private long bodyBytes;
    private int lines;
    private String status = "none";
    private String error = "-";

    Answer(String kind, boolean streamed, long headNanos) {
        this.kind = kind;
        this.streamed = streamed;
        this.headNanos = headNanos;
    }

    /** A whole body, read at {@code nanos}. */
    void whole(byte[] body, long nanos) {
        firstByteNanos = nanos;
        bodyBytes = body.length;
        String text = new String(body, StandardCharsets.UTF_8);
        status = statusOf(text);
        // JSON Lines inside a JSON string: each line ends in an escaped newline.
        lines = count(text, "\\n");
    }

    /** One chunk of a streamed body, read at {@code nanos}. */
    void chunk(byte[] chunk, long nanos) {
        chunks++;
        for (byte b : chunk) {
            if (preludeEnded) {
                if (firstByteNanos < 0) {
                    firstByteNanos = nanos;
                }
                bodyBytes++;
                if (b == '\n') {
                    lines++;
                }
            } else if (b == 0) {
                preludeEnded = ++zerosInARow == PRELUDE_DELIMITER;
                if (preludeEnded) {
                    preludeNanos = nanos;
                    status = statusOf(prelude.toString());
                }
            } else {
                zerosInARow = 0;
                prelude.append((char) (b & 0xff));
            }
        }
    }

    /** The body ended at {@code nanos} ({@code epochMicros}), with the error trailer if any. */
    void ended(long nanos, long epochMicros, String errorType) {
        lastByteNanos = nanos;
        receivedMicros = epochMicros;
        if (firstByteNanos < 0) {
            firstByteNanos = nanos;
        }
        if (errorType != null) {
            error = errorType;
        }
    }

    String line(Schedule.Sent to) {
        return String.format(Locale.ROOT, "label=%s seq=%d request_id=%s kind=%s status=%s error=%s next_sent_micros=%d "
                        + "received_micros=%d head_ms=%.3f prelude_ms=%.3f first_byte_ms=%.3f last_byte_ms=%.3f chunks=%d body_bytes=%d lines=%d",
                to.delivery().label(), to.delivery().seq(), to.delivery().requestId(), streamed ? "streamed" : kind, status,
                error, to.epochMicros(), receivedMicros, millis(headNanos - to.nanos()),
                preludeNanos < 0 ? Double.NaN : millis(preludeNanos - to.nanos()), millis(firstByteNanos - to.nanos()),
                millis(lastByteNanos - to.nanos()), chunks, bodyBytes, lines);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String statusOf(String json) {
        int at = json.indexOf("\"statusCode\"");
        if (at < 0) {
            return "none";
        }
        int start = json.indexOf(':', at) + 1;
        while (start < json.length() && json.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end > start ? json.substring(start, end) : "none";
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
