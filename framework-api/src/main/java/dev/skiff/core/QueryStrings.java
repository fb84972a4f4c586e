package dev.skiff.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** Splits {@code application/x-www-form-urlencoded} query strings into decoded pairs. */
public final class QueryStrings {
    private QueryStrings() {}

    /** How many pairs {@link #parse} reads from {@code rawQuery}: the non-empty parts between {@code &}s. */
    public static int count(String rawQuery) {
        if (rawQuery == null) {
            return 0;
        }
        int count = 0;
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                count++;
            }
            start = end + 1;
        }
        return count;
    }

    /** Calls {@code pair} for each {@code key=value}; a key without {@code =} has value "". */
    public static void parse(String rawQuery, BiConsumer<String, String> pair) {
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
                String part = rawQuery.substring(start, end);
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String value = eq < 0 ? "" : part.substring(eq + 1);
                pair.accept(decode(key), decode(value));
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
