package dev.skiff.core.validation;

/** The IP literals an e-mail domain may be: {@code [1.2.3.4]} and {@code [IPv6:...]}. */
final class IpAddresses {
    private IpAddresses() {}

    /** Four dot-separated groups of one to three digits; like Hibernate Validator, no range check. */
    static boolean dottedQuadShape(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 4291 text form: up to eight groups of one to four hex digits, one {@code ::} standing
     * for at least one group, an IPv4 tail worth two groups, and a zone index after
     * {@code fe80:} link-local addresses.
     */
    static boolean ipv6(String text) {
        int percent = text.indexOf('%');
        if (percent >= 0) {
            String zone = text.substring(percent + 1);
            if (!text.regionMatches(true, 0, "fe80:", 0, 5) || zone.isEmpty()
                    || !zone.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128)) {
                return false;
            }
            text = text.substring(0, percent);
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int headGroups = groups(head, doubleColon < 0);
        int tailGroups = groups(tail, true);
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int total = headGroups + tailGroups;
        return doubleColon >= 0 ? total <= 7 : total == 8;
    }

    /** How many 16-bit groups a colon-separated run holds (an IPv4 tail counts two), or -1. */
    private static int groups(String run, boolean ipv4Allowed) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4Allowed && part.indexOf('.') >= 0) {
                if (!dottedQuad(part)) {
                    return -1;
                }
                count += 2;
            } else if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHex)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean dottedQuad(String text) {
        if (!dottedQuadShape(text)) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
