package dev.skiff.lambda.event;

import dev.skiff.core.HttpResponse;
import dev.skiff.json.JsonStrings;
import dev.skiff.lambda.json.LineBuffers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a response in the invocation's payload format: payload 2.0 puts {@code Set-Cookie}
 * values in {@code cookies}, payload 1.0 puts repeated headers in {@code multiValueHeaders}.
 * A body whose content type is not text is base64. A streamed response is collected whole
 * first: Lambda's buffered mode has no chunks. The JSON is written by hand into a reused
 * buffer, byte for byte as Jackson's generator wrote it (headers in name order).
 *
 * <pre>{@code
 * new ApiResponseWriter().write(response, EventFormat.V2, outputStream);
 * }</pre>
 */
public final class ApiResponseWriter {
    /** As Jackson's UTF-8 generator escapes, which wrote these responses before. */
    private static final JsonStrings BODY = JsonStrings.UTF8_GENERATOR;
    private static final Comparator<Map.Entry<String, List<String>>> BY_NAME = Map.Entry.comparingByKey();
    private static final byte[] TEXT_TAIL = ",\"isBase64Encoded\":false}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BINARY_TAIL = ",\"isBase64Encoded\":true}".getBytes(StandardCharsets.US_ASCII);

    /** Writes {@code response} to {@code out} as the Lambda function's result. */
    public void write(HttpResponse response, EventFormat format, OutputStream out) throws IOException {
        byte[] body = bodyOf(response);
        List<Map.Entry<String, List<String>>> headers = new ArrayList<>(4);
        List<String> cookies = new ArrayList<>(0);
        response.headers().forEach((name, values) -> {
            if (format == EventFormat.V2 && name.equalsIgnoreCase("set-cookie")) {
                cookies.addAll(values);
            } else {
                headers.add(Map.entry(name, values));
            }
        });
        headers.sort(BY_NAME);
        String contentType = response.headers().first("content-type").orElse(null);
        boolean binary = body.length > 0 && !ContentTypes.isText(contentType);
        StringBuilder json = LineBuffers.take();
        try {
            json.append("{\"statusCode\":").append(response.status());
            if (format == EventFormat.V2) {
                writeV2Headers(json, headers, cookies);
            } else {
                writeV1Headers(json, headers);
            }
            json.append(",\"body\":");
            byte[] text = binary ? Base64.getEncoder().encode(body) : body;
            int escapedLength = BODY.escapedLength(text);
            if (escapedLength < 0) {
                // Not ASCII: through a String, for Jackson's handling of non-BMP and malformed UTF-8.
                BODY.appendQuoted(json, new String(text, StandardCharsets.UTF_8));
                out.write(json.append(",\"isBase64Encoded\":").append(binary).append('}').toString()
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] head = json.toString().getBytes(StandardCharsets.UTF_8);
                byte[] tail = binary ? BINARY_TAIL : TEXT_TAIL;
                byte[] whole = new byte[head.length + escapedLength + 2 + tail.length];
                System.arraycopy(head, 0, whole, 0, head.length);
                whole[head.length] = '"';
                int end = BODY.escapeAscii(text, whole, head.length + 1);
                whole[end++] = '"';
                System.arraycopy(tail, 0, whole, end, tail.length);
                out.write(whole);
            }
            // The runtime owns the stream: flush it, never close it.
            out.flush();
        } finally {
            LineBuffers.release(json);
        }
    }

    private static void writeV2Headers(StringBuilder json, List<Map.Entry<String, List<String>>> headers,
                                       List<String> cookies) {
        json.append(",\"headers\":{");
        for (int i = 0; i < headers.size(); i++) {
            Map.Entry<String, List<String>> header = headers.get(i);
            json.append(i == 0 ? "" : ",");
            BODY.appendQuoted(json, header.getKey());
            json.append(':');
            List<String> values = header.getValue();
            BODY.appendQuoted(json, values.size() == 1 ? values.get(0) : String.join(",", values));
        }
        json.append('}');
        if (!cookies.isEmpty()) {
            json.append(",\"cookies\":[");
            for (int i = 0; i < cookies.size(); i++) {
                json.append(i == 0 ? "" : ",");
                BODY.appendQuoted(json, cookies.get(i));
            }
            json.append(']');
        }
    }

    private static void writeV1Headers(StringBuilder json, List<Map.Entry<String, List<String>>> headers) {
        json.append(",\"headers\":{");
        boolean first = true;
        for (Map.Entry<String, List<String>> header : headers) {
            if (header.getValue().size() == 1) {
                json.append(first ? "" : ",");
                BODY.appendQuoted(json, header.getKey());
                json.append(':');
                BODY.appendQuoted(json, header.getValue().get(0));
                first = false;
            }
        }
        json.append("},\"multiValueHeaders\":{");
        first = true;
        for (Map.Entry<String, List<String>> header : headers) {
            List<String> values = header.getValue();
            if (values.size() > 1) {
                json.append(first ? "" : ",");
                BODY.appendQuoted(json, header.getKey());
                json.append(":[");
                for (int i = 0; i < values.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    BODY.appendQuoted(json, values.get(i));
                }
                json.append(']');
                first = false;
            }
        }
        json.append('}');
    }

    private static byte[] bodyOf(HttpResponse response) throws IOException {
        return collect(response).body();
    }

    /**
     * {@code response} with a whole body: a streamed one is run to its end and collected, with
     * the same status and headers; a whole one is returned as it is.
     */
    public static HttpResponse collect(HttpResponse response) throws IOException {
        if (!response.isStreaming()) {
            return response;
        }
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        response.stream().writeTo(chunk -> collected.write(chunk));
        HttpResponse whole = HttpResponse.bytes(response.status(), null, collected.toByteArray());
        response.headers().forEach((name, values) -> values.forEach(value -> whole.headers().add(name, value)));
        return whole;
    }
}
