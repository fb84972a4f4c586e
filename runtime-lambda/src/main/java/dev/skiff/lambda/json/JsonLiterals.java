package dev.skiff.lambda.json;

import dev.skiff.json.JsonStrings;

/**
 * The JSON literals Skiff's Lambda runtime writes by hand, shared by its response writer, log
 * lines and EMF documents: log strings escaped as Powertools' log lines escape them, and
 * numbers as Jackson writes them. Kept free of Jackson so logging works before anything else
 * loads; strings written as Jackson writes them come straight from {@link JsonStrings}.
 *
 * <pre>{@code
 * JsonLiterals.appendName(line, "latency_ms");
 * JsonLiterals.appendDouble(line, 12.5);
 * }</pre>
 */
public final class JsonLiterals {
    /** Log lines: JSON's escapes, and U+2028 and U+2029, with lower-case hex digits. */
    private static final JsonStrings LOG_LINES = JsonStrings.STANDARD.escapingLineSeparators().lowerCaseHex();

    /** The last fractional number written and its text: a latency goes to the message, a key and EMF. */
    private static volatile DoubleText lastDouble = new DoubleText(0L, "0.0");

    private record DoubleText(long bits, String text) {}

    private JsonLiterals() {}

    /** Appends {@code text} as a quoted, escaped JSON string of a log line. */
    public static void appendString(StringBuilder out, CharSequence text) {
        LOG_LINES.appendQuoted(out, text);
    }

    /** Appends characters {@code start} to {@code end} of {@code text} escaped as in a log line, without quotes. */
    public static void appendContent(StringBuilder out, CharSequence text, int start, int end) {
        LOG_LINES.appendContent(out, text, start, end);
    }

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
    public static String text(Object value) {
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

    /** Appends {@code ,"name":} (without the comma for the first field). */
    public static void appendName(StringBuilder out, String name) {
        if (out.charAt(out.length() - 1) != '{') {
            out.append(',');
        }
        appendString(out, name);
        out.append(':');
    }
}
