package dev.skiff.support.json;

/**
 * A body's bytes as the code points Python's {@code json.loads(bytes)} reads: the encoding is
 * chosen as {@code json.detect_encoding} chooses it (a UTF-32, UTF-16 or UTF-8 byte order mark,
 * else the pattern of zero bytes at the start, else UTF-8) and decoded with
 * {@code 'surrogatepass'}, so an encoded lone surrogate is one code point rather than an error.
 */
final class BodyText {
    private static final String INVALID_UTF8 = "Invalid UTF-8 byte";
    private static final String INVALID_UTF16 = "Invalid UTF-16 data";
    private static final String INVALID_UTF32 = "Invalid UTF-32 data";

    private final byte[] bytes;
    private final int[] codePoints;
    private int length;

    private BodyText(byte[] bytes, int capacity) {
        this.bytes = bytes;
        this.codePoints = new int[capacity];
    }

    /**
     * The decoded text of {@code body}.
     *
     * @throws JsonSyntax.Failure at the index of the first code point that could not be decoded
     */
    static Decoded decode(byte[] body) {
        int b0 = body.length > 0 ? body[0] & 0xFF : -1;
        int b1 = body.length > 1 ? body[1] & 0xFF : -1;
        if (startsWith(body, 0xFF, 0xFE, 0, 0)) {
            return new BodyText(body, body.length / 4).utf32(4, false);
        }
        if (startsWith(body, 0, 0, 0xFE, 0xFF)) {
            return new BodyText(body, body.length / 4).utf32(4, true);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new BodyText(body, body.length / 2).utf16(2, false);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new BodyText(body, body.length / 2).utf16(2, true);
        }
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new BodyText(body, body.length).utf8(3);
        }
        if (body.length >= 4 && b0 == 0) {
            return b1 != 0 ? new BodyText(body, body.length / 2).utf16(0, true)
                    : new BodyText(body, body.length / 4).utf32(0, true);
        }
        if (body.length >= 4 && b1 == 0) {
            return body[2] != 0 || body[3] != 0 ? new BodyText(body, body.length / 2).utf16(0, false)
                    : new BodyText(body, body.length / 4).utf32(0, false);
        }
        if (body.length == 2 && (b0 == 0 || b1 == 0)) {
            return new BodyText(body, 1).utf16(0, b0 == 0);
        }
        return new BodyText(body, body.length).utf8(0);
    }

    /** Code points {@code [0, length)} of {@code codePoints} are the text. */
    record Decoded(int[] codePoints, int length) {}

    private Decoded utf8(int from) {
        int i = from;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                add(lead);
                i++;
                continue;
            }
            int size;
            int min;
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                size = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                size = 3;
                min = lead == 0xE0 ? 0xA0 : 0x80;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                size = 4;
                min = lead == 0xF0 ? 0x90 : 0x80;
                max = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw failure(INVALID_UTF8);
            }
            // 'surrogatepass' lets ED A0..BF through, so no tighter bound for ED
            if (i + size > bytes.length || !within(bytes[i + 1], min, max)) {
                throw failure(INVALID_UTF8);
            }
            int codePoint = lead & (0xFF >> (size + 1));
            for (int k = 1; k < size; k++) {
                if (k > 1 && !within(bytes[i + k], 0x80, 0xBF)) {
                    throw failure(INVALID_UTF8);
                }
                codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
            }
            add(codePoint);
            i += size;
        }
        return new Decoded(codePoints, length);
    }

    private Decoded utf16(int from, boolean bigEndian) {
        int i = from;
        while (i < bytes.length) {
            if (i + 2 > bytes.length) {
                throw failure(INVALID_UTF16);
            }
            int unit = unit16(i, bigEndian);
            i += 2;
            if (Character.isHighSurrogate((char) unit) && i + 2 <= bytes.length
                    && Character.isLowSurrogate((char) unit16(i, bigEndian))) {
                add(Character.toCodePoint((char) unit, (char) unit16(i, bigEndian)));
                i += 2;
            } else {
                add(unit);
            }
        }
        return new Decoded(codePoints, length);
    }

    private Decoded utf32(int from, boolean bigEndian) {
        for (int i = from; i < bytes.length; i += 4) {
            if (i + 4 > bytes.length) {
                throw failure(INVALID_UTF32);
            }
            long codePoint = bigEndian
                    ? (long) (bytes[i] & 0xFF) << 24 | (bytes[i + 1] & 0xFF) << 16 | (bytes[i + 2] & 0xFF) << 8 | bytes[i + 3] & 0xFF
                    : (long) (bytes[i + 3] & 0xFF) << 24 | (bytes[i + 2] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8 | bytes[i] & 0xFF;
            if (codePoint > Character.MAX_CODE_POINT) {
                throw failure(INVALID_UTF32);
            }
            add((int) codePoint);
        }
        return new Decoded(codePoints, length);
    }

    private int unit16(int i, boolean bigEndian) {
        int first = bytes[i] & 0xFF;
        int second = bytes[i + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private void add(int codePoint) {
        codePoints[length++] = codePoint;
    }

    /** Where decoding stopped: the index of the code point the bad bytes would have been. */
    private JsonSyntax.Failure failure(String message) {
        return new JsonSyntax.Failure(length, message);
    }

    private static boolean within(byte b, int min, int max) {
        int value = b & 0xFF;
        return value >= min && value <= max;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
