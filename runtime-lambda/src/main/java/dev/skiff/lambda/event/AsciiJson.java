package dev.skiff.lambda.event;

/**
 * Escapes an all-ASCII body straight from its bytes into a JSON string's content, as Jackson's
 * generator escapes (quote and backslash, JSON's short escapes, else a six-character hex escape
 * in upper case), so the common JSON or text body is never decoded to a {@code String} and back.
 */
final class AsciiJson {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Per ASCII byte: 0 written as it is, else the character after the backslash ('u' for a hex escape). */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
    }

    private AsciiJson() {}

    /** The escaped length of {@code text}, or -1 when it has a non-ASCII byte. */
    static int escapedLength(byte[] text) {
        int length = text.length;
        for (byte b : text) {
            if (b < 0) {
                return -1;
            }
            byte escape = ESCAPES[b];
            if (escape != 0) {
                length += escape == 'u' ? 5 : 1;
            }
        }
        return length;
    }

    /** Writes {@code text} escaped into {@code target} from {@code at}; returns where it ended. */
    static int escape(byte[] text, byte[] target, int at) {
        for (byte b : text) {
            byte escape = ESCAPES[b];
            if (escape == 0) {
                target[at++] = b;
                continue;
            }
            target[at++] = '\\';
            target[at++] = escape;
            if (escape == 'u') {
                target[at++] = '0';
                target[at++] = '0';
                target[at++] = HEX[b >> 4];
                target[at++] = HEX[b & 0xF];
            }
        }
        return at;
    }
}
