package dev.skiff.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** Splits {@code application/x-www-form-urlencoded} query strings into decoded pairs. */
public final class QueryStrings {
    private QueryStrings() {}

    /** How many pairs {@link #parse} reads from {@code rawQuery}: the non-empty parts between {@code &}s. */
    public static int count(String rawQuery) {
        int[] count = {0};
        eachPart(rawQuery, (start, end) -> count[0]++);
        return count[0];
    }

    /** Calls {@code pair} for each {@code key=value}; a key without {@code =} has value "". */
    public static void parse(String rawQuery, BiConsumer<String, String> pair) {
        eachPart(rawQuery, (start, end) -> {
            String part = rawQuery.substring(start, end);
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pair.accept(decode(key), decode(value));
        });
    }

    /** A part of a query: its bounds, end exclusive. */
    private interface Part {
        void at(int start, int end);
    }

    /** The non-empty parts between {@code &}s, one split for the limit's count and the parser alike. */
    private static void eachPart(String rawQuery, Part part) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                part.at(start, end);
            }
            start = end + 1;
        }
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text; // nothing to decode: spare URLDecoder's buffer
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
