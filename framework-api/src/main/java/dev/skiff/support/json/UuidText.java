package dev.skiff.support.json;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A UUID read as pydantic v2 reads one: the {@code uuid} crate's {@code Uuid::parse_str} (version
 * 1.18.1, the one pydantic-core 2.x locks), which takes 32 hex digits, the hyphenated form, braced
 * {@code {...}} or {@code urn:uuid:...}, hex in any case; its error text becomes the {@code {error}}
 * of {@code uuid_parsing}. Lengths and positions are in UTF-8 bytes, as the crate counts them.
 *
 * <pre>{@code
 * UuidText.parse("urn:uuid:a8098c1a-f86e-11da-bd1a-00112444be1e");
 * }</pre>
 */
final class UuidText {
    private static final int[] GROUP_STARTS = {0, 9, 14, 19, 24};
    private static final int[] GROUP_LENGTHS = {8, 4, 4, 4, 12};
    private static final String URN = "urn:uuid:";

    private UuidText() {
    }

    static UUID parse(String text) throws Refusal {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        if (n == 32) {
            UUID simple = hex(b, 0, false);
            if (simple == null) {
                throw PydanticErrors.uuidParsing(explain(b, 0, n));
            }
            return simple;
        }
        int inner = -1;
        if (n == 36) {
            inner = 0;
        } else if (n == 38 && b[0] == '{' && b[37] == '}') {
            inner = 1;
        } else if (n == 45 && text.startsWith(URN)) {
            inner = URN.length();
        }
        if (inner < 0) {
            throw PydanticErrors.uuidParsing(explain(b, 0, n));
        }
        UUID hyphenated = hex(b, inner, true);
        if (hyphenated == null) {
            throw PydanticErrors.uuidParsing(explain(b, inner, inner + 36));
        }
        return hyphenated;
    }

    /** The 16 bytes from 32 hex digits at {@code from}, with hyphens between groups when asked; null if malformed. */
    private static UUID hex(byte[] b, int from, boolean hyphens) {
        long hi = 0;
        long lo = 0;
        int digits = 0;
        int i = from;
        for (int group = 0; group < 5; group++) {
            if (hyphens && group > 0 && b[i++] != '-') {
                return null;
            }
            for (int k = 0; k < GROUP_LENGTHS[group]; k++) {
                int v = Character.digit(b[i++] & 0xff, 16);
                if (v < 0 || (b[i - 1] & 0x80) != 0) {
                    return null;
                }
                if (digits++ < 16) {
                    hi = hi << 4 | v;
                } else {
                    lo = lo << 4 | v;
                }
            }
        }
        return new UUID(hi, lo);
    }

    /** The crate's {@code InvalidUuid::into_err} on {@code b[from, to)}: which rule the input broke. */
    private static String explain(byte[] all, int from, int to) {
        String input = new String(all, from, to - from, StandardCharsets.UTF_8);
        byte[] b = input.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int end = b.length;
        boolean simple = false;
        if (b.length >= 2 && b[0] == '{' && b[b.length - 1] == '}') {
            start = 1;
            end = b.length - 1;
        } else if (input.startsWith(URN)) {
            start = URN.length();
        } else {
            simple = true;
        }
        int hyphens = 0;
        int[] bounds = new int[4];
        String body = new String(b, start, end - start, StandardCharsets.UTF_8);
        int index = 0;
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-') {
                if (hyphens < 4) {
                    bounds[hyphens] = index;
                }
                hyphens++;
            } else if (cp > 0x7f || Character.digit(cp, 16) < 0) {
                return "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                        + new String(Character.toChars(cp)) + "` at " + (index + start + 1);
            }
            index += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        }
        if (hyphens == 0 && simple) {
            return "invalid length: expected length 32 for simple format, found " + b.length;
        }
        if (hyphens != 4) {
            return "invalid group count: expected 5, found " + (hyphens + 1);
        }
        for (int g = 0; g < 4; g++) {
            if (bounds[g] != GROUP_STARTS[g + 1] - 1) {
                return groupLength(g, bounds[g] - GROUP_STARTS[g]);
            }
        }
        return groupLength(4, b.length - GROUP_STARTS[4]);
    }

    private static String groupLength(int group, int length) {
        return "invalid group length in group " + group + ": expected " + GROUP_LENGTHS[group] + ", found " + length;
    }
}
