package dev.skiff.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The plain-text shapes the fuzz tests read their byte[] input in, so that a seed file is a request
 * a person can read and write: a first line (a method and path, a converter's name, a content type)
 * and the rest. Bytes that are not UTF-8 become U+FFFD, as a server decoding them would make them.
 *
 * <pre>{@code
 * FuzzInput in = FuzzInput.of("GET /items/42".getBytes(UTF_8));
 * in.firstLine(); // "GET /items/42"
 * }</pre>
 */
final class FuzzInput {
    private final byte[] bytes;
    private final int newline;

    private FuzzInput(byte[] bytes) {
        this.bytes = bytes;
        int at = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                at = i;
                break;
            }
        }
        this.newline = at;
    }

    static FuzzInput of(byte[] bytes) {
        return new FuzzInput(bytes);
    }

    /** The text before the first line feed (a CR before it dropped), or all of it. */
    String firstLine() {
        int end = newline < 0 ? bytes.length : newline;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The bytes after the first line feed; empty when there is none. */
    byte[] rest() {
        return newline < 0 ? new byte[0] : Arrays.copyOfRange(bytes, newline + 1, bytes.length);
    }

    /** All of it as text. */
    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
