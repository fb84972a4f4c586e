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
        out.write(toBytes(response, format));
        // The runtime owns the stream: flush it, never close it.
        out.flush();
    }

    /** {@code response} as the Lambda function's result document, in {@code format}. */
    public byte[] toBytes(HttpResponse response, EventFormat format) throws IOException {
        byte[] body = bodyOf(response);
        List<Map.Entry<String, List<String>>> headers = new ArrayList<>(4);
        List<String> cookies = new ArrayList<>(0);
        splitCookies(response, format == EventFormat.V2, headers, cookies);
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
                return json.append(",\"isBase64Encoded\":").append(binary).append('}').toString()
                        .getBytes(StandardCharsets.UTF_8);
            }
            byte[] head = json.toString().getBytes(StandardCharsets.UTF_8);
            byte[] tail = binary ? BINARY_TAIL : TEXT_TAIL;
            byte[] whole = new byte[head.length + escapedLength + 2 + tail.length];
            System.arraycopy(head, 0, whole, 0, head.length);
            whole[head.length] = '"';
            int end = BODY.escapeAscii(text, whole, head.length + 1);
            whole[end++] = '"';
            System.arraycopy(tail, 0, whole, end, tail.length);
            return whole;
        } finally {
            LineBuffers.release(json);
        }
    }

    /**
     * The prelude of a streamed response in Lambda's HTTP integration format
     * ({@value #STREAMING_CONTENT_TYPE}): a JSON document with the status code, the headers and
     * the {@code Set-Cookie} values as {@code cookies}, followed by eight NUL bytes; the body's
     * bytes follow as they are. Function URLs in {@code RESPONSE_STREAM} mode and REST API
     * integrations in {@code STREAM} mode read it.
     */
    public static byte[] prelude(HttpResponse response) {
        List<Map.Entry<String, List<String>>> headers = new ArrayList<>(4);
        List<String> cookies = new ArrayList<>(0);
        splitCookies(response, true, headers, cookies);
        StringBuilder json = LineBuffers.take();
        try {
            json.append("{\"statusCode\":").append(response.status());
            writeV2Headers(json, headers, cookies);
            byte[] document = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            // Arrays are zeroed: the last eight bytes are the NUL delimiter.
            byte[] prelude = new byte[document.length + PRELUDE_DELIMITER_LENGTH];
            System.arraycopy(document, 0, prelude, 0, document.length);
            return prelude;
        } finally {
            LineBuffers.release(json);
        }
    }

    /** The content type of a streamed response with a prelude, as the Runtime API expects it. */
    public static final String STREAMING_CONTENT_TYPE = "application/vnd.awslambda.http-integration-response";

    /** How many NUL bytes end the prelude. */
    private static final int PRELUDE_DELIMITER_LENGTH = 8;

    /** Headers in name order; with {@code cookiesApart}, the {@code Set-Cookie} values go to {@code cookies}. */
    private static void splitCookies(HttpResponse response, boolean cookiesApart,
                                     List<Map.Entry<String, List<String>>> headers, List<String> cookies) {
        response.headers().forEach((name, values) -> {
            if (cookiesApart && name.equalsIgnoreCase("set-cookie")) {
                cookies.addAll(values);
            } else {
                headers.add(Map.entry(name, values));
            }
        });
        headers.sort(BY_NAME);
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
