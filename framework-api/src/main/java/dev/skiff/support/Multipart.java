package dev.skiff.support;

import dev.skiff.core.StatusException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} parser (RFC 7578 over RFC 2046): the boundary from the
 * {@code Content-Type}, CRLF-delimited parts, each with its headers, its
 * {@code Content-Disposition} name and filename (quoted, plain or RFC 5987 {@code filename*})
 * and its content. The limits are enforced as the parts are found, before any part is copied;
 * a body that is not well-formed multipart is FastAPI's 400.
 *
 * <pre>{@code
 * List<Multipart.Part> parts = Multipart.parse(body, Multipart.boundary(contentType), FormLimits.current());
 * }</pre>
 */
public final class Multipart {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] DASHES = {'-', '-'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private Multipart() {}

    /** One part: its form field name, the file name (null for a plain field), its content type (null if none) and content. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public boolean isFile() {
            return filename != null;
        }
    }

    /** The {@code boundary} parameter of a multipart content type, or a 400 when it has none. */
    public static String boundary(String contentType) {
        String boundary = HeaderParams.of(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw malformed();
        }
        return boundary;
    }

    /** The parts of {@code body} in order; 413 past a limit, 400 when the body is not multipart. */
    public static List<Part> parse(byte[] body, String boundary, FormLimits limits) {
        limits.checkBody(body.length);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first delimiter may open the body, without the CRLF before it
        int position;
        if (startsWith(body, 0, delimiter, 2)) {
            position = delimiter.length - 2;
        } else {
            int first = indexOf(body, delimiter, 0);
            if (first < 0) {
                throw malformed();
            }
            position = first + delimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            // after a delimiter: "--" closes the body, else optional padding and CRLF open a part
            if (startsWith(body, position, DASHES, 0)) {
                return parts;
            }
            while (position < body.length && (body[position] == ' ' || body[position] == '\t')) {
                position++;
            }
            if (!startsWith(body, position, CRLF, 0)) {
                throw malformed();
            }
            position += 2;
            int headersEnd = startsWith(body, position, CRLF, 0) ? position : indexOf(body, HEADER_END, position);
            if (headersEnd < 0) {
                throw malformed();
            }
            Map<String, String> headers = headers(body, position, headersEnd);
            int contentStart = headersEnd + (headersEnd == position ? 2 : 4);
            int contentEnd = indexOf(body, delimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed();
            }
            limits.checkPartCount(parts.size() + 1);
            limits.checkPartSize(contentEnd - contentStart);
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + delimiter.length;
        }
    }

    private static Part part(Map<String, String> headers, byte[] content) {
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.trim().toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed();
        }
        Map<String, String> params = HeaderParams.of(disposition);
        String name = params.get("name");
        if (name == null) {
            throw malformed();
        }
        String filename = params.containsKey("filename*") ? HeaderParams.extended(params.get("filename*"))
                : params.get("filename");
        return new Part(name, filename, headers.get("content-type"), content);
    }

    /** A part's header lines, names in lower case; header values are UTF-8 (browsers send file names so). */
    private static Map<String, String> headers(byte[] body, int from, int to) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (from == to) {
            return headers;
        }
        for (String line : new String(body, from, to - from, StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed();
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix, int prefixFrom) {
        if (at + prefix.length - prefixFrom > body.length) {
            return false;
        }
        for (int i = prefixFrom; i < prefix.length; i++) {
            if (body[at + i - prefixFrom] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] target, int from) {
        byte first = target[0];
        int last = body.length - target.length;
        for (int i = from; i <= last; i++) {
            if (body[i] == first && startsWith(body, i, target, 0)) {
                return i;
            }
        }
        return -1;
    }

    private static StatusException malformed() {
        return new StatusException(400, "There was an error parsing the body");
    }
}
