package dev.skiff.core;

import java.util.function.BiConsumer;

/** Reads the name-value pairs of a {@code Cookie} request header. */
public final class CookieHeaders {
    private CookieHeaders() {}

    /** Calls {@code pair} for each {@code name=value} in a {@code Cookie} header value. */
    public static void parse(String header, BiConsumer<String, String> pair) {
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                pair.accept(part.substring(0, eq).trim(), value);
            }
        }
    }
}
