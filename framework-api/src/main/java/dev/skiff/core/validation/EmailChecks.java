package dev.skiff.core.validation;

import java.net.IDN;
import java.util.regex.Pattern;

/**
 * {@code @Email} for generated validators, with Hibernate Validator's rules: the empty string
 * is valid; otherwise the text splits at its last {@code @} into a local part of at most 64
 * characters (dot-separated atoms or quoted strings) and a domain that, converted with
 * {@link IDN#toASCII(String)}, has at most 255 characters and is dot-separated labels, an
 * IPv4 literal {@code [1.2.3.4]} or an IPv6 literal {@code [IPv6:...]}. ASCII letters match
 * in either case; every character from U+0080 up is a letter. An {@code @Email(regexp=...)}
 * must match as well. Callers check for null first.
 *
 * <p>{@code if (!EmailChecks.email(contact)) { ... }}
 */
public final class EmailChecks {
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 255;
    private static final String ATOM_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";
    private static final String QUOTED_SYMBOLS = "!#$%&'*.(),<>[]:; \u00a0@+/=?^_`{|}~-";
    private static final String LABEL_SYMBOLS = "!#$%&'*+/=?^_`{|}~";

    private EmailChecks() {}

    public static boolean email(CharSequence value) {
        String text = value.toString();
        if (text.isEmpty()) {
            return true;
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        return localPart(text.substring(0, at)) && domain(text.substring(at + 1));
    }

    /** {@code @Email(regexp = ..., flags = ...)}: the address rules and the pattern. */
    public static boolean email(CharSequence value, Pattern pattern) {
        return email(value) && pattern.matcher(value).matches();
    }

    private static boolean localPart(String local) {
        if (local.length() > MAX_LOCAL_PART) {
            return false;
        }
        int i = 0;
        int n = local.length();
        while (true) {
            int end = local.startsWith("\"", i) ? quotedEnd(local, i) : atomEnd(local, i);
            if (end < 0) {
                return false;
            }
            if (end == n) {
                return true;
            }
            if (local.charAt(end) != '.') {
                return false;
            }
            i = end + 1;
        }
    }

    /** The end of one or more atom characters from {@code i}, or -1 when there is none. */
    private static int atomEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isAtomChar(s.charAt(j))) {
            j++;
        }
        return j > i ? j : -1;
    }

    /** The index after the closing quote of a non-empty quoted string at {@code i}, or -1. */
    private static int quotedEnd(String s, int i) {
        int j = i + 1;
        int items = 0;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '"') {
                return items > 0 ? j + 1 : -1;
            }
            if (c == '\\') {
                if (j + 1 < s.length() && (s.charAt(j + 1) == '\\' || s.charAt(j + 1) == '"')) {
                    j += 2;
                    items++;
                    continue;
                }
                return -1;
            }
            if (!isLetterOrDigit(c) && QUOTED_SYMBOLS.indexOf(c) < 0) {
                return -1;
            }
            j++;
            items++;
        }
        return -1;
    }

    private static boolean domain(String domain) {
        if (domain.endsWith(".")) {
            return false;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.length() > MAX_DOMAIN) {
            return false;
        }
        if (ascii.startsWith("[") && ascii.endsWith("]") && ascii.length() > 2) {
            String literal = ascii.substring(1, ascii.length() - 1);
            if (literal.regionMatches(true, 0, "IPv6:", 0, 5)) {
                return IpAddresses.ipv6(literal.substring(5));
            }
            return IpAddresses.dottedQuadShape(literal);
        }
        return labels(ascii);
    }

    /** Dot-separated labels of label characters, each with inner (never leading or trailing) dashes. */
    private static boolean labels(String domain) {
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (c != '-' && !isLetterOrDigit(c) && LABEL_SYMBOLS.indexOf(c) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAtomChar(char c) {
        return isLetterOrDigit(c) || ATOM_SYMBOLS.indexOf(c) >= 0;
    }

    /** ASCII letters in either case, ASCII digits, and every character from U+0080 up. */
    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= '\u0080';
    }
}
