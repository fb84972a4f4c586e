package dev.skiff.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a percent-encoded path into decoded segments. Splitting comes first, so an encoded
 * slash ({@code %2F}) stays inside its segment. A trailing slash is ignored
 * ({@code /items/} is {@code /items}); {@code /} has no segments.
 */
public final class PathSegments {
    private static final String[] NONE = new String[0];

    private PathSegments() {}

    /** The decoded segments of {@code rawPath}, or null when an escape is malformed. */
    public static String[] split(String rawPath) {
        int length = rawPath.length();
        int start = rawPath.startsWith("/") ? 1 : 0;
        if (length > start && rawPath.charAt(length - 1) == '/') {
            length--;
        }
        if (start >= length) {
            return NONE;
        }
        List<String> segments = new ArrayList<>(4);
        int from = start;
        while (true) {
            int slash = rawPath.indexOf('/', from);
            int end = slash < 0 || slash > length ? length : slash;
            String decoded = decode(rawPath, from, end);
            if (decoded == null) {
                return null;
            }
            segments.add(decoded);
            if (end >= length) {
                break;
            }
            from = end + 1;
        }
        return segments.toArray(NONE);
    }

    private static String decode(String text, int from, int to) {
        int percent = text.indexOf('%', from);
        if (percent < 0 || percent >= to) {
            return text.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= to) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
