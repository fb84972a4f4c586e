package dev.skiff.support.validation;

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
    private static final int MAX_LABEL = 63;
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
        return localPart(text, at) && domain(text.substring(at + 1));
    }

    /** {@code @Email(regexp = ..., flags = ...)}: the address rules and the pattern. */
    public static boolean email(CharSequence value, Pattern pattern) {
        return email(value) && pattern.matcher(value).matches();
    }

    /** The local part, {@code text} up to {@code end}: dot-separated atoms or quoted strings. */
    private static boolean localPart(String text, int end) {
        if (end > MAX_LOCAL_PART) {
            return false;
        }
        int i = 0;
        while (true) {
            int next = text.startsWith("\"", i) ? quotedEnd(text, i, end) : atomEnd(text, i, end);
            if (next < 0) {
                return false;
            }
            if (next == end) {
                return true;
            }
            if (text.charAt(next) != '.') {
                return false;
            }
            i = next + 1;
        }
    }

    /** The end of one or more atom characters from {@code i} (before {@code end}), or -1 when there is none. */
    private static int atomEnd(String s, int i, int end) {
        int j = i;
        while (j < end && isAtomChar(s.charAt(j))) {
            j++;
        }
        return j > i ? j : -1;
    }

    /** The index after the closing quote of a non-empty quoted string at {@code i} (before {@code end}), or -1. */
    private static int quotedEnd(String s, int i, int end) {
        int j = i + 1;
        int items = 0;
        while (j < end) {
            char c = s.charAt(j);
            if (c == '"') {
                return items > 0 ? j + 1 : -1;
            }
            if (c == '\\') {
                if (j + 1 < end && (s.charAt(j + 1) == '\\' || s.charAt(j + 1) == '"')) {
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
        String ascii = isAscii(domain) ? checkedAscii(domain) : punycode(domain);
        if (ascii == null || ascii.length() > MAX_DOMAIN) {
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

    /**
     * An ASCII domain as {@link IDN#toASCII(String)} would return it (unchanged), or null where
     * it would refuse it: a label over 63 characters. Checked by hand because {@code IDN} loads
     * the JDK's Unicode tables on first use, tens of milliseconds, for domains that need none.
     */
    private static String checkedAscii(String domain) {
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            if (i == domain.length() || domain.charAt(i) == '.') {
                if (i - labelStart > MAX_LABEL) {
                    return null;
                }
                labelStart = i + 1;
            }
        }
        return domain;
    }

    /** An internationalised domain in its ASCII (punycode) form, or null when IDN refuses it. */
    private static String punycode(String domain) {
        try {
            return IDN.toASCII(domain);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Dot-separated labels of label characters, each with inner (never leading or trailing) dashes. */
    private static boolean labels(String domain) {
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            if (i < domain.length() && domain.charAt(i) != '.') {
                char c = domain.charAt(i);
                if (c != '-' && !isLetterOrDigit(c) && LABEL_SYMBOLS.indexOf(c) < 0) {
                    return false;
                }
                continue;
            }
            if (i == labelStart || domain.charAt(labelStart) == '-' || domain.charAt(i - 1) == '-') {
                return false;
            }
            labelStart = i + 1;
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0080') {
                return false;
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
