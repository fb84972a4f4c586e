package dev.skiff.support.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The string conversions pydantic v2 applies in lax mode, written after pydantic-core's
 * {@code src/input/shared.rs} ({@code str_as_int}, {@code str_as_float}, {@code str_as_bool}) and
 * CPython's {@code Decimal} constructor, plus Python's {@code repr} of a string for messages.
 *
 * <pre>{@code
 * PythonText.integer(" 1_000 ");   // 1000
 * }</pre>
 */
final class PythonText {
    /** jiter refuses a JSON integer longer than this many digits ({@code int_parsing_size}). */
    private static final int MAX_INT_DIGITS = 4300;

    private PythonText() {
    }

    /** pydantic's {@code str_as_int}: a JSON integer, or one after trimming, signs, zeros, {@code .0} and underscores. */
    static BigInteger integer(String text) throws Refusal {
        if (isJsonInteger(text)) {
            if (text.length() - (text.startsWith("-") ? 1 : 0) > MAX_INT_DIGITS) {
                throw PydanticErrors.intParsingSize();
            }
            return new BigInteger(text);
        }
        String cleaned = cleanInteger(text);
        if (cleaned == null || !isJsonInteger(cleaned)
                || cleaned.length() - (cleaned.startsWith("-") ? 1 : 0) > MAX_INT_DIGITS) {
            throw PydanticErrors.intParsing();
        }
        return new BigInteger(cleaned);
    }

    /** pydantic's {@code str_as_float}: Rust's float grammar on the trimmed text, then with underscores removed. */
    static double number(String text) throws Refusal {
        String trimmed = rustTrim(text);
        if (isRustFloat(trimmed)) {
            return toDouble(trimmed);
        }
        String plain = stripUnderscores(text);
        if (plain != null && isRustFloat(plain)) {
            return toDouble(plain);
        }
        throw PydanticErrors.floatParsing();
    }

    /** pydantic's {@code str_as_bool}: exact words, ASCII case-insensitive, no trimming. */
    static boolean bool(String text) throws Refusal {
        String word = asciiLower(text);
        switch (word) {
            case "0", "f", "n", "no", "off", "false":
                return false;
            case "1", "t", "y", "on", "yes", "true":
                return true;
            default:
                throw PydanticErrors.boolParsing();
        }
    }

    /**
     * Python's {@code Decimal(text)}: Python whitespace stripped, underscores dropped, any Unicode
     * decimal digit read as its ASCII digit. Infinities and NaNs parse but pydantic's default
     * {@code allow_inf_nan=False} refuses them with {@code finite_number}.
     */
    static BigDecimal decimal(String text) throws Refusal {
        String s = pythonStrip(text);
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                continue;
            }
            if (cp > 0x7f && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                cp = '0' + Character.digit(cp, 10);
            }
            ascii.appendCodePoint(cp);
        }
        String t = ascii.toString();
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        String lower = asciiLower(unsigned);
        if (lower.equals("inf") || lower.equals("infinity") || lower.matches("s?nan[0-9]*")) {
            throw PydanticErrors.finiteNumber();
        }
        // Python reads any length; Java takes quadratic time (a million digits: 20 s), so past
        // Python's own int limit the text is refused as not a decimal
        if (unsigned.length() > MAX_INT_DIGITS
                || !unsigned.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw PydanticErrors.decimalParsing();
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException exponentBeyondJava) {
            throw PydanticErrors.decimalParsing();
        }
    }

    /** Python's {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return out.append(quote).toString();
    }

    /** {@code str.isprintable()} per character: not a control, format, surrogate, private, unassigned or separator other than space. */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isJsonInteger(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        if (s.charAt(i) == '0') {
            return s.length() == i + 1;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** pydantic-core's {@code clean_int_str}; null when nothing makes the text an integer. */
    private static String cleanInteger(String text) {
        String s = rustTrim(text);
        if (s.startsWith("+")) {
            if (s.startsWith("-", 1)) {
                return null;
            }
            s = s.substring(1);
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            if (s.startsWith("-", 1) || s.startsWith("+", 1)) {
                return null;
            }
            s = s.substring(1);
        }
        s = stripLeadingZeros(s);
        if (s == null) {
            return null;
        }
        int dot = s.indexOf('.');
        if (dot >= 0 && dot + 1 < s.length() && s.substring(dot + 1).chars().allMatch(c -> c == '0')) {
            s = s.substring(0, dot);
        }
        String sign = negative ? "-" : "";
        String plain = stripUnderscores(s);
        if (plain != null) {
            return sign + plain;
        }
        return text.length() == s.length() ? null : sign + s;
    }

    private static String stripLeadingZeros(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (first != '0') {
            return first >= '1' && first <= '9' || first == '-' ? s : null;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '0' || c == '_') {
                continue;
            }
            if (c >= '1' && c <= '9' || c == '-') {
                return s.substring(i);
            }
            return c == '.' ? s.substring(i - 1) : null;
        }
        return s.substring(s.length() - 1);
    }

    /** Python allows single underscores between digits, none at the ends. */
    private static String stripUnderscores(String s) {
        if (s.startsWith("_") || s.endsWith("_") || s.indexOf('_') < 0 || s.contains("__")) {
            return null;
        }
        return s.replace("_", "");
    }

    /** Rust's {@code f64::from_str}: optional sign, then inf, infinity, nan (any case) or a decimal with optional exponent. */
    private static boolean isRustFloat(String s) {
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        String lower = asciiLower(unsigned);
        return lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")
                || unsigned.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    }

    private static double toDouble(String s) {
        String lower = asciiLower(s);
        if (lower.endsWith("nan")) {
            return Double.NaN;
        }
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(s);
    }

    /** Rust's {@code eq_ignore_ascii_case}: only ASCII letters fold. */
    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    /** Rust's {@code str::trim}: Unicode White_Space at both ends. */
    static String rustTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isRustWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isRustWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.strip()}: {@code str.isspace()} characters at both ends. */
    private static String pythonStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isRustWhitespace(char c) {
        return c >= '\t' && c <= '\r' || c == ' ' || c == 0x85 || c == 0xa0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    private static boolean isPythonWhitespace(char c) {
        return isRustWhitespace(c) || c >= 0x1c && c <= 0x1f;
    }
}
