package dev.skiff.support.json;

/**
 * Where and why Python's {@code json.loads(body)} (CPython 3.11, its C scanner, {@code strict=True})
 * refuses a body: the {@code pos} and {@code msg} FastAPI puts in a {@code json_invalid} problem.
 * Run only once jackson-core has refused a body or found data after it, since it decodes the
 * whole body into an array of code points (four bytes per character).
 *
 * <pre>{@code
 * JsonSyntax.Error error = JsonSyntax.firstError("{\"a\": }".getBytes(UTF_8));
 * // error.position() == 6, error.message().equals("Expecting value")
 * }</pre>
 *
 * <p>It accepts exactly what Python accepts, with these choices where Python's answer is not a
 * {@code JSONDecodeError} (FastAPI answers those with 400 "There was an error parsing the body";
 * {@link Error#isJsonDecodeError()} tells them apart):
 * <ul>
 *   <li>Bytes Python cannot decode: {@code "Invalid UTF-8 byte"} ({@code UTF-16}, {@code UTF-32}
 *       likewise, as chosen by {@code json.detect_encoding}) at the index of the character they
 *       would have been. Python decodes before it scans, so this comes before any syntax error.
 *   <li>Nesting past {@value #MAX_DEPTH} arrays and objects, jackson-core's default limit (Python's
 *       RecursionError comes somewhere below 1000, depending on the caller's stack): Python's
 *       RecursionError message at the opening bracket that goes too deep.
 *   <li>An integer of more than 4300 digits, Python's default {@code int} conversion limit:
 *       Python's ValueError message without its hint about {@code sys.set_int_max_str_digits}, at
 *       the integer's first character.
 * </ul>
 * {@code NaN}, {@code Infinity} and {@code -Infinity} are accepted, as Python accepts them. So a body
 * jackson-core refuses and this class accepts uses one of them, or has a lone surrogate escape
 * (<code>"&#92;ud83d"</code>) in a property name, or passes one of jackson-core's length limits (a number
 * of 1000 characters, a name of 50000), none of which Python refuses.
 */
public final class JsonSyntax {
    /** The deepest nesting of arrays and objects accepted: jackson-core's default. */
    static final int MAX_DEPTH = 1000;
    private static final int MAX_INT_DIGITS = 4300;
    private static final String RECURSION = "maximum recursion depth exceeded while decoding a JSON ";
    private static final String INT_DIGITS = "Exceeds the limit (4300 digits) for integer string conversion";

    private final int[] text;
    private final int length;

    private JsonSyntax(int[] text, int length) {
        this.text = text;
        this.length = length;
    }

    /**
     * Python's refusal of a body: {@code position} is an index in characters (code points) of the
     * decoded text, {@code message} Python's message without its line and column.
     *
     * <pre>{@code
     * new JsonSyntax.Error(3, "Expecting value")
     * }</pre>
     */
    public record Error(long position, String message) {
        /**
         * Whether Python raises this as a {@code JSONDecodeError}, which FastAPI answers with
         * 422 {@code json_invalid}; false for undecodable bytes, nesting too deep and an integer
         * too long, which FastAPI answers with 400.
         */
        public boolean isJsonDecodeError() {
            return !message.startsWith("Invalid UTF-") && !message.startsWith(RECURSION)
                    && !message.startsWith(INT_DIGITS);
        }
    }

    /** Python's first error in {@code body}, or null when {@code json.loads(body)} accepts it. */
    public static Error firstError(byte[] utf8Body) {
        try {
            BodyText.Decoded decoded = BodyText.decode(utf8Body);
            new JsonSyntax(decoded.codePoints(), decoded.length()).document();
            return null;
        } catch (Failure failure) {
            return failure.error;
        }
    }

    /** Python's {@code JSONDecoder.decode}: one value between optional whitespace. */
    private void document() {
        int end = skipWhitespace(value(skipWhitespace(0), 0));
        if (end != length) {
            throw new Failure(end, "Extra data");
        }
    }

    /** The index after the value starting at {@code idx}; {@code depth} arrays and objects enclose it. */
    private int value(int idx, int depth) {
        if (idx >= length) {
            throw expectingValue(idx);
        }
        switch (text[idx]) {
            case '"':
                return string(idx + 1);
            case '{':
                return object(idx, enter(idx, depth, "object"));
            case '[':
                return array(idx, enter(idx, depth, "array"));
            case 'n':
                return constant(idx, "null");
            case 't':
                return constant(idx, "true");
            case 'f':
                return constant(idx, "false");
            case 'N':
                return constant(idx, "NaN");
            case 'I':
                return constant(idx, "Infinity");
            case '-':
                return startsWith(idx, "-Infinity") ? idx + "-Infinity".length() : number(idx);
            default:
                return number(idx);
        }
    }

    private int constant(int idx, String word) {
        return startsWith(idx, word) ? idx + word.length() : number(idx);
    }

    private static int enter(int idx, int depth, String kind) {
        if (depth + 1 > MAX_DEPTH) {
            throw new Failure(idx, RECURSION + kind + " from a unicode string");
        }
        return depth + 1;
    }

    /** The object whose '{' is at {@code open}, the checks in the order Python makes them. */
    private int object(int open, int depth) {
        int idx = skipWhitespace(open + 1);
        if (at(idx, '}')) {
            return idx + 1;
        }
        while (true) {
            if (!at(idx, '"')) {
                throw new Failure(idx, "Expecting property name enclosed in double quotes");
            }
            idx = skipWhitespace(string(idx + 1));
            if (!at(idx, ':')) {
                throw new Failure(idx, "Expecting ':' delimiter");
            }
            idx = skipWhitespace(value(skipWhitespace(idx + 1), depth));
            if (at(idx, '}')) {
                return idx + 1;
            }
            if (!at(idx, ',')) {
                throw new Failure(idx, "Expecting ',' delimiter");
            }
            idx = skipWhitespace(idx + 1);
        }
    }

    private int array(int open, int depth) {
        int idx = skipWhitespace(open + 1);
        if (at(idx, ']')) {
            return idx + 1;
        }
        while (true) {
            idx = skipWhitespace(value(idx, depth));
            if (at(idx, ']')) {
                return idx + 1;
            }
            if (!at(idx, ',')) {
                throw new Failure(idx, "Expecting ',' delimiter");
            }
            idx = skipWhitespace(idx + 1);
        }
    }

    /** The index after the closing quote of the string whose content starts at {@code start}. */
    private int string(int start) {
        return StringSyntax.end(text, length, start);
    }

    /**
     * The number at {@code start}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?}, where a
     * fraction or exponent that does not complete is left for the caller, as Python's scanner
     * backtracks ({@code "1."} is the number 1 followed by extra data).
     */
    private int number(int start) {
        int idx = start;
        if (at(idx, '-')) {
            idx++;
        }
        int digitsStart = idx;
        if (at(idx, '0')) {
            idx++;
        } else if (digit(idx)) {
            idx = digits(idx);
        } else {
            throw expectingValue(start);
        }
        int integerDigits = idx - digitsStart;
        boolean integer = true;
        if (at(idx, '.') && digit(idx + 1)) {
            idx = digits(idx + 1);
            integer = false;
        }
        if (at(idx, 'e') || at(idx, 'E')) {
            int exponent = at(idx + 1, '-') || at(idx + 1, '+') ? idx + 2 : idx + 1;
            if (digit(exponent)) {
                idx = digits(exponent);
                integer = false;
            }
        }
        if (integer && integerDigits > MAX_INT_DIGITS) {
            throw new Failure(start, INT_DIGITS + ": value has " + integerDigits + " digits");
        }
        return idx;
    }

    private int digits(int idx) {
        int end = idx;
        while (digit(end)) {
            end++;
        }
        return end;
    }

    private boolean digit(int idx) {
        return idx < length && text[idx] >= '0' && text[idx] <= '9';
    }

    /** Python's JSON whitespace: space, tab, line feed and carriage return, nothing else. */
    private int skipWhitespace(int idx) {
        int end = idx;
        while (end < length && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n' || text[end] == '\r')) {
            end++;
        }
        return end;
    }

    private boolean at(int idx, char expected) {
        return idx < length && text[idx] == expected;
    }

    private boolean startsWith(int idx, String word) {
        if (idx + word.length() > length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[idx + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Python's StopIteration from its scanner, which {@code raw_decode} turns into this. */
    private static Failure expectingValue(int idx) {
        return new Failure(idx, "Expecting value");
    }

    /** Unwinds the scan with Python's error; cheap, as it carries no stack trace. */
    static final class Failure extends RuntimeException {
        private final transient Error error;

        Failure(long position, String message) {
            super(message, null, false, false);
            this.error = new Error(position, message);
        }
    }
}
