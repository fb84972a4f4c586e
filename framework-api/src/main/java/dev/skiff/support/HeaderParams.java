package dev.skiff.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a header value such as {@code form-data; name="a"; filename="b.txt"} or
 * {@code multipart/form-data; boundary=x}: names in lower case, quoted values unquoted
 * (a backslash escapes a quote or a backslash), the first occurrence of a name kept; and the
 * media type and charset of a Content-Type.
 */
final class HeaderParams {
    private HeaderParams() {}

    /** {@code Text/Plain; charset=x} becomes {@code text/plain}: the media type without its parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The charset {@code contentType} names, or null when it names none.
     *
     * @throws IllegalArgumentException for a charset the JVM does not know
     */
    static Charset charset(String contentType) {
        String named = of(contentType).get("charset");
        return named == null ? null : Charset.forName(named);
    }

    static Map<String, String> of(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        if (header == null) {
            return params;
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++;
            int equals = header.indexOf('=', i);
            int semicolon = header.indexOf(';', i);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                i = semicolon;
                continue;
            }
            String name = header.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            int at = equals + 1;
            while (at < header.length() && header.charAt(at) == ' ') {
                at++;
            }
            StringBuilder value = new StringBuilder();
            if (at < header.length() && header.charAt(at) == '"') {
                at++;
                while (at < header.length() && header.charAt(at) != '"') {
                    char c = header.charAt(at++);
                    // Only \" and \\ are escapes: a Windows path a legacy client sends keeps its backslashes.
                    if (c == '\\' && at < header.length()
                            && (header.charAt(at) == '"' || header.charAt(at) == '\\')) {
                        c = header.charAt(at++);
                    }
                    value.append(c);
                }
                i = header.indexOf(';', at);
            } else {
                int end = header.indexOf(';', at);
                value.append(header, at, end < 0 ? header.length() : end);
                i = end;
                params.putIfAbsent(name, value.toString().trim());
                continue;
            }
            params.putIfAbsent(name, value.toString());
        }
        return params;
    }

    /** An RFC 5987 value, {@code UTF-8''na%C3%AFve.txt}: charset, language, percent-encoded bytes. */
    static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return value;
        }
        Charset charset;
        try {
            charset = first == 0 ? StandardCharsets.UTF_8 : Charset.forName(value.substring(0, first));
        } catch (RuntimeException unknown) {
            charset = StandardCharsets.UTF_8;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = second + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high >= 0 && low >= 0) {
                    bytes.write(high * 16 + low);
                    i += 2;
                    continue;
                }
            }
            bytes.write(c);
        }
        return bytes.toString(charset);
    }
}
