package dev.skiff.lambda.logging;

/**
 * Appends JSON string literals; kept free of Jackson so logging works before anything else
 * loads. Two escapings: {@link #appendString} as Powertools' log lines escape, and
 * {@link #appendStandard} as Jackson's generator escapes (EMF documents, Lambda responses), so
 * that text written by hand is byte for byte what Jackson wrote.
 *
 * <pre>{@code
 * JsonText.appendStandard(line, "a \"quoted\" value");
 * }</pre>
 */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {}

    /** Appends {@code text} as a quoted, escaped JSON string. */
    static void appendString(StringBuilder out, CharSequence text) {
        out.append('"');
        appendContent(out, text, 0, text.length());
        out.append('"');
    }

    /** Appends characters {@code start} to {@code end} of {@code text} escaped, without quotes. */
    static void appendContent(StringBuilder out, CharSequence text, int start, int end) {
        int plain = start + plainPrefix(text, start, end);
        // Most values need no escape: copy them whole, and escape from the first that does.
        if (plain == end) {
            if (start == 0 && end == text.length()) {
                out.append(text);
            } else {
                out.append(text, start, end);
            }
            return;
        }
        out.append(text, start, plain);
        for (int i = plain; i < end; i++) {
            char c = text.charAt(i);
            if (appendShortEscape(out, c)) {
                continue;
            }
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                appendUnicodeEscape(out, c, HEX);
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Appends {@code text} as Jackson's generator writes a string: short escapes where JSON has
     * them, {@code \\u00XX} (upper-case hex) for other control characters, everything else as
     * it is; {@code null} as the literal {@code null}.
     */
    public static void appendStandard(StringBuilder out, String text) {
        appendStandard(out, text, false);
    }

    /**
     * Appends {@code text} as Jackson's UTF-8 byte generator writes a string: as
     * {@link #appendStandard}, and characters beyond the Basic Multilingual Plane as an escaped
     * surrogate pair ({@code \\uD83D\\uDE00}), which that generator does by default.
     */
    public static void appendForUtf8(StringBuilder out, String text) {
        appendStandard(out, text, true);
    }

    private static void appendStandard(StringBuilder out, String text, boolean escapeSurrogates) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int plain = 0;
        while (plain < text.length() && isStandardPlain(text.charAt(plain), escapeSurrogates)) {
            plain++;
        }
        if (plain == text.length()) {
            // Most names and values need no escape: copy them whole.
            out.append(text).append('"');
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStandardPlain(c, escapeSurrogates)) {
                out.append(c);
            } else if (!appendShortEscape(out, c)) {
                appendUnicodeEscape(out, c, UPPER_HEX);
            }
        }
        out.append('"');
    }

    /** Appends JSON's two-character escape of {@code c}, if it has one; says whether it did. */
    private static boolean appendShortEscape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void appendUnicodeEscape(StringBuilder out, char c, char[] hex) {
        out.append("\\u").append(hex[c >> 12 & 0xF]).append(hex[c >> 8 & 0xF]).append(hex[c >> 4 & 0xF])
                .append(hex[c & 0xF]);
    }

    private static boolean isStandardPlain(char c, boolean escapeSurrogates) {
        return c >= 0x20 && c != '"' && c != '\\' && !(escapeSurrogates && Character.isSurrogate(c));
    }

    /** The last fractional number written and its text: a latency goes to the message, a key and EMF. */
    private static volatile DoubleText lastDouble = new DoubleText(0L, "0.0");

    private record DoubleText(long bits, String text) {}

    /**
     * Appends {@code value} as {@code Double.toString} writes it (and Jackson's generator
     * does): whole numbers below ten million, such as counts, without its slower general
     * algorithm, and the last other value from a one-entry cache.
     */
    public static StringBuilder appendDouble(StringBuilder out, double value) {
        long whole = (long) value;
        return isSmallWhole(value, whole) ? out.append(whole).append(".0") : out.append(cachedText(value));
    }

    /** {@code String.valueOf(value)}, with doubles written as {@link #appendDouble} writes them. */
    static String text(Object value) {
        if (value instanceof Double number) {
            double exact = number;
            long whole = (long) exact;
            return isSmallWhole(exact, whole) ? whole + ".0" : cachedText(exact);
        }
        return String.valueOf(value);
    }

    /** Whether {@code Double.toString(value)} is {@code whole} followed by {@code .0} (not -0.0). */
    private static boolean isSmallWhole(double value, long whole) {
        return whole == value && Math.abs(whole) < 10_000_000L
                && (whole != 0 || Double.doubleToRawLongBits(value) == 0L);
    }

    private static String cachedText(double value) {
        long bits = Double.doubleToRawLongBits(value);
        DoubleText last = lastDouble;
        if (last.bits() != bits) {
            last = new DoubleText(bits, Double.toString(value));
            lastDouble = last;
        }
        return last.text();
    }

    /** How many leading characters of {@code text} are written as they are. */
    private static int plainPrefix(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return i - start;
            }
        }
        return end - start;
    }

    /** Appends {@code ,"name":} (without the comma for the first field). */
    static void appendName(StringBuilder out, String name) {
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        appendString(out, name);
        out.append(':');
    }
}
