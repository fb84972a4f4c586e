package dev.skiff.support.validation;

/**
 * The IP literals an e-mail domain may be, {@code [1.2.3.4]} and {@code [IPv6:...]}, with the
 * forms Hibernate Validator accepts (narrower than RFC 4291: an IPv4 tail only after
 * {@code ::}, {@code ::ffff:} or up to four groups and {@code ::}; a zone only after
 * {@code fe80:}).
 */
final class IpAddresses {
    private IpAddresses() {}

    /** Four dot-separated groups of one to three digits; like Hibernate Validator, no range check. */
    static boolean dottedQuadShape(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !allDigits(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean ipv6(String text) {
        int percent = text.indexOf('%');
        if (percent >= 0) {
            return linkLocalWithZone(text.substring(0, percent), text.substring(percent + 1));
        }
        if (text.indexOf('.') >= 0) {
            return withIpv4Tail(text);
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon < 0) {
            return groups(text) == 8;
        }
        if (text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int head = groups(text.substring(0, doubleColon));
        int tail = groups(text.substring(doubleColon + 2));
        return head >= 0 && tail >= 0 && head + tail <= 7;
    }

    /** {@code fe80:} then up to four {@code :}-led runs of up to four hex digits, then an ASCII zone name. */
    private static boolean linkLocalWithZone(String address, String zone) {
        if (!address.regionMatches(true, 0, "fe80:", 0, 5) || zone.isEmpty() || !allAsciiAlnum(zone)) {
            return false;
        }
        String rest = address.substring(5);
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.charAt(0) != ':') {
            return false;
        }
        String[] runs = rest.substring(1).split(":", -1);
        if (runs.length > 4) {
            return false;
        }
        for (String run : runs) {
            if (run.length() > 4 || !allHex(run)) {
                return false;
            }
        }
        return true;
    }

    /** {@code ::1.2.3.4}, {@code ::ffff:1.2.3.4}, {@code ::ffff:0:1.2.3.4}, or one to four groups, {@code ::}, IPv4. */
    private static boolean withIpv4Tail(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon < 0) {
            return false;
        }
        String head = text.substring(0, doubleColon);
        String rest = text.substring(doubleColon + 2);
        if (!head.isEmpty()) {
            int groups = groups(head);
            return groups >= 1 && groups <= 4 && ipv4(rest);
        }
        if (rest.regionMatches(true, 0, "ffff:", 0, 5)) {
            String afterFfff = rest.substring(5);
            if (ipv4(afterFfff)) {
                return true;
            }
            int colon = afterFfff.indexOf(':');
            if (colon >= 1 && colon <= 4 && allZeros(afterFfff.substring(0, colon))
                    && ipv4(afterFfff.substring(colon + 1))) {
                return true;
            }
        }
        return ipv4(rest);
    }

    /** A dotted quad whose parts are 0 to 255; a two-digit part may have a leading zero, a three-digit one may not. */
    private static boolean ipv4(String text) {
        if (!dottedQuadShape(text)) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (part.length() == 3 && (part.charAt(0) == '0' || Integer.parseInt(part) > 255)) {
                return false;
            }
        }
        return true;
    }

    /** How many colon-separated groups of one to four hex digits a run holds, or -1. */
    private static int groups(String run) {
        if (run.isEmpty()) {
            return 0;
        }
        String[] parts = run.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !allHex(part)) {
                return -1;
            }
        }
        return parts.length;
    }

    // Plain loops rather than chars().allMatch(...): streams and lambdas cost milliseconds of
    // class loading the first time a JVM meets them, and validation must not add start-up time.
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean allZeros(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAsciiAlnum(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
