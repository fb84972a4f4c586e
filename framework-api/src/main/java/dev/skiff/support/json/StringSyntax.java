package dev.skiff.support.json;

/**
 * The checks Python's {@code scanstring} (the C one, {@code strict=True}) makes on a JSON string,
 * with its error positions: a raw control character is refused where it is, an unknown escape at
 * its backslash, a bad {@code \\u} escape at its {@code u}, and a string that does not end at its
 * opening quote. Lone surrogate escapes are accepted.
 */
final class StringSyntax {
    private StringSyntax() {}

    /** The index after the closing quote of the string whose content starts at {@code start}. */
    static int end(int[] text, int length, int start) {
        int begin = start - 1;
        int idx = start;
        while (true) {
            while (idx < length && text[idx] != '"' && text[idx] != '\\') {
                if (text[idx] <= 0x1F) {
                    throw new JsonSyntax.Failure(idx, "Invalid control character at");
                }
                idx++;
            }
            if (idx == length) {
                throw unterminated(begin);
            }
            if (text[idx] == '"') {
                return idx + 1;
            }
            int escaped = idx + 1;
            if (escaped == length) {
                throw unterminated(begin);
            }
            idx = text[escaped] == 'u' ? unicodeEscape(text, length, escaped) : simpleEscape(text, escaped);
        }
    }

    private static int simpleEscape(int[] text, int escaped) {
        switch (text[escaped]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
                return escaped + 1;
            default:
                throw new JsonSyntax.Failure(escaped - 1, "Invalid \\escape");
        }
    }

    /**
     * The index after {@code \}{@code uXXXX} whose {@code u} is at {@code u}, and after a second one
     * when the two make a surrogate pair. Python wants a character after the four digits before it
     * reads them, and a further one after a second escape before it pairs them.
     */
    private static int unicodeEscape(int[] text, int length, int u) {
        int end = u + 5;
        if (end >= length) {
            throw badUnicodeEscape(u);
        }
        int unit = hex4(text, u);
        if (Character.isHighSurrogate((char) unit) && end + 6 < length && text[end] == '\\' && text[end + 1] == 'u') {
            int low = hex4(text, end + 1);
            if (Character.isLowSurrogate((char) low)) {
                return end + 6;
            }
        }
        return end;
    }

    /** The value of the four hex digits after the {@code u} at {@code u}. */
    private static int hex4(int[] text, int u) {
        int value = 0;
        for (int i = u + 1; i <= u + 4; i++) {
            int digit = hexDigit(text[i]);
            if (digit < 0) {
                throw badUnicodeEscape(u);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static JsonSyntax.Failure badUnicodeEscape(int u) {
        return new JsonSyntax.Failure(u, "Invalid \\uXXXX escape");
    }

    private static JsonSyntax.Failure unterminated(int begin) {
        return new JsonSyntax.Failure(begin, "Unterminated string starting at");
    }
}
