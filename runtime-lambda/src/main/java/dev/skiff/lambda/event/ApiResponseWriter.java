package dev.skiff.lambda.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a response in the invocation's payload format with Jackson's streaming generator:
 * payload 2.0 puts {@code Set-Cookie} values in {@code cookies}, payload 1.0 puts repeated
 * headers in {@code multiValueHeaders}. A body whose content type is not text is base64.
 * A streamed response is collected whole first: Lambda's buffered mode has no chunks.
 *
 * <pre>{@code
 * new ApiResponseWriter().write(response, EventFormat.V2, outputStream);
 * }</pre>
 */
public final class ApiResponseWriter {
    private final JsonFactory factory = Json.mapper().getFactory();

    /** Writes {@code response} to {@code out} as the Lambda function's result. */
    public void write(HttpResponse response, EventFormat format, OutputStream out) throws IOException {
        byte[] body = bodyOf(response);
        Map<String, List<String>> headers = new TreeMap<>();
        List<String> cookies = new ArrayList<>();
        response.headers().forEach((name, values) -> {
            if (format == EventFormat.V2 && name.equalsIgnoreCase("set-cookie")) {
                cookies.addAll(values);
            } else {
                headers.put(name, values);
            }
        });
        String contentType = response.headers().first("content-type").orElse(null);
        boolean binary = body.length > 0 && !ContentTypes.isText(contentType);
        // The runtime owns the stream: flush it, never close it.
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.status());
            if (format == EventFormat.V2) {
                writeV2Headers(json, headers, cookies);
            } else {
                writeV1Headers(json, headers);
            }
            json.writeStringField("body", binary
                    ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
            json.writeBooleanField("isBase64Encoded", binary);
            json.writeEndObject();
        }
    }

    private static void writeV2Headers(JsonGenerator json, Map<String, List<String>> headers, List<String> cookies)
            throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            json.writeStringField(header.getKey(), String.join(",", header.getValue()));
        }
        json.writeEndObject();
        if (!cookies.isEmpty()) {
            json.writeArrayFieldStart("cookies");
            for (String cookie : cookies) {
                json.writeString(cookie);
            }
            json.writeEndArray();
        }
    }

    private static void writeV1Headers(JsonGenerator json, Map<String, List<String>> headers) throws IOException {
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getValue().size() == 1) {
                json.writeStringField(header.getKey(), header.getValue().get(0));
            }
        }
        json.writeEndObject();
        json.writeObjectFieldStart("multiValueHeaders");
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getValue().size() > 1) {
                json.writeArrayFieldStart(header.getKey());
                for (String value : header.getValue()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
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
