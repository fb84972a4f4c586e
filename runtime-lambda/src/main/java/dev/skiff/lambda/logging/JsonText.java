package dev.skiff.lambda.logging;

/** Appends JSON string literals; kept free of Jackson so logging works before anything else loads. */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {}

    /** Appends {@code text} as a quoted, escaped JSON string. */
    static void appendString(StringBuilder out, CharSequence text) {
        out.append('"');
        int plain = plainPrefix(text);
        // Most values need no escape: copy them whole, and escape from the first that does.
        if (plain == text.length()) {
            out.append(text).append('"');
            return;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** How many leading characters of {@code text} are written as they are. */
    private static int plainPrefix(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return length;
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
