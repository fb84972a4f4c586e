package dev.skiff.json;


/**
 * The one JSON string escaper of the project. {@link #STANDARD} escapes as Jackson's generator
 * does (its short escapes {@code \" \\ \b \f \n \r \t}, any other control character as
 * {@code \\u00XX} in upper-case hex, everything else as it is), so text Skiff writes by hand is
 * byte for byte what Jackson would have written; the other escapings add to it:
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * JsonStrings.STANDARD.appendQuoted(out, "say \"hi\"\n");       // "say \"hi\"\n"
 * JsonStrings.SCRIPT.quote("</script>");                         // "\\u003C/script\\u003E"
 * int end = JsonStrings.UTF8_GENERATOR.escapeAscii(body, target, at); // bytes, never decoded
 * }</pre>
 *
 * <p>Instances are immutable and shared; a writer keeps the one it needs in a constant.
 */
public final class JsonStrings {
    /** As Jackson's {@code JsonStringEncoder} and its character generator escape. */
    public static final JsonStrings STANDARD = new JsonStrings(0);
    /**
     * As Jackson's UTF-8 byte generator escapes by default: as {@link #STANDARD}, and every
     * surrogate (so a character beyond the Basic Multilingual Plane) as {@code \\uD83D\\uDE00}.
     */
    public static final JsonStrings UTF8_GENERATOR = STANDARD.escapingSurrogates();
    /**
     * A literal that is also safe inside an HTML {@code <script>} element and is a valid
     * JavaScript string on every engine: as {@link #STANDARD}, and {@code < > &} and the line
     * separators U+2028 and U+2029 as {@code \\u} escapes.
     */
    public static final JsonStrings SCRIPT = STANDARD.escapingHtml().escapingLineSeparators();

    private static final int SURROGATES = 1;
    private static final int LINE_SEPARATORS = 2;
    private static final int HTML = 4;
    private static final int LOWER_CASE_HEX = 8;

    /** Per ASCII character: 0 written as it is, else the character after the backslash ('u': hex escape). */
    private final byte[] escapes = new byte[128];
    private final char[] hex;
    private final byte[] hexBytes;
    private final int options;

    private JsonStrings(int options) {
        this.options = options;
        String digits = (options & LOWER_CASE_HEX) != 0 ? "0123456789abcdef" : "0123456789ABCDEF";
        this.hex = digits.toCharArray();
        this.hexBytes = digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = 'u';
        }
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        escapes['\b'] = 'b';
        escapes['\f'] = 'f';
        escapes['\n'] = 'n';
        escapes['\r'] = 'r';
        escapes['\t'] = 't';
        if ((options & HTML) != 0) {
            escapes['<'] = 'u';
            escapes['>'] = 'u';
            escapes['&'] = 'u';
        }
    }

    /** This escaping, and every surrogate as a {@code \\u} escape (Jackson's UTF-8 generator). */
    public JsonStrings escapingSurrogates() {
        return with(SURROGATES);
    }

    /** This escaping, and U+2028 and U+2029, which older JavaScript refuses in a string literal. */
    public JsonStrings escapingLineSeparators() {
        return with(LINE_SEPARATORS);
    }

    /** This escaping, and {@code < > &}, so the literal cannot close or open markup. */
    public JsonStrings escapingHtml() {
        return with(HTML);
    }

    /** This escaping with lower-case hex digits ({@code \\u001f}) instead of upper-case ones. */
    public JsonStrings lowerCaseHex() {
        return with(LOWER_CASE_HEX);
    }

    private JsonStrings with(int option) {
        return new JsonStrings(options | option);
    }

    /** {@code text} as a quoted, escaped JSON string; {@code null} as the literal {@code null}. */
    public String quote(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendQuoted(out, text);
        return out.toString();
    }

    /** Appends {@code text} quoted and escaped; {@code null} as the literal {@code null}. */
    public void appendQuoted(StringBuilder out, CharSequence text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        appendContent(out, text, 0, text.length());
        out.append('"');
    }

    /** Appends characters {@code start} to {@code end} of {@code text} escaped, without quotes. */
    public void appendContent(StringBuilder out, CharSequence text, int start, int end) {
        int plain = plainUpTo(text, start, end);
        // Most names and values need no escape: copy them whole, and escape from the first that does.
        if (plain == end) {
            if (start == 0 && end == text.length()) {
                out.append(text);
            } else {
                out.append(text, start, end);
            }
            return;
        }
        out.append(text, start, plain);
        byte[] table = escapes;
        for (int i = plain; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                byte escape = table[c];
                if (escape == 0) {
                    out.append(c);
                } else if (escape == 'u') {
                    appendHexEscape(out, c);
                } else {
                    out.append('\\').append((char) escape);
                }
            } else if (escapesNonAscii(c)) {
                appendHexEscape(out, c);
            } else {
                out.append(c);
            }
        }
    }

    /**
     * The escaped length of an ASCII text given as bytes, or -1 when it has a byte outside
     * ASCII (then decode it and use the character methods).
     */
    public int escapedLength(byte[] ascii) {
        byte[] table = escapes;
        int length = ascii.length;
        for (byte b : ascii) {
            if (b < 0) {
                return -1;
            }
            byte escape = table[b];
            if (escape != 0) {
                length += escape == 'u' ? 5 : 1;
            }
        }
        return length;
    }

    /**
     * Writes the ASCII text {@code ascii} escaped (without quotes) into {@code target} from
     * {@code at}, which must have room for {@link #escapedLength} bytes; returns where it ended.
     * No byte may be negative: check with {@link #escapedLength} first.
     */
    public int escapeAscii(byte[] ascii, byte[] target, int at) {
        byte[] table = escapes;
        for (byte b : ascii) {
            byte escape = table[b];
            if (escape == 0) {
                target[at++] = b;
                continue;
            }
            target[at++] = '\\';
            target[at++] = escape;
            if (escape == 'u') {
                target[at++] = '0';
                target[at++] = '0';
                target[at++] = hexBytes[b >> 4];
                target[at++] = hexBytes[b & 0xF];
            }
        }
        return at;
    }

    /** The end of the run of characters from {@code start} that are written as they are. */
    private int plainUpTo(CharSequence text, int start, int end) {
        byte[] table = escapes;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128 ? table[c] != 0 : escapesNonAscii(c)) {
                return i;
            }
        }
        return end;
    }

    private boolean escapesNonAscii(char c) {
        return (options & LINE_SEPARATORS) != 0 && (c == '\u2028' || c == '\u2029')
                || (options & SURROGATES) != 0 && Character.isSurrogate(c);
    }

    private void appendHexEscape(StringBuilder out, char c) {
        out.append('\\').append('u').append(hex[c >> 12 & 0xF]).append(hex[c >> 8 & 0xF])
                .append(hex[c >> 4 & 0xF]).append(hex[c & 0xF]);
    }
}
