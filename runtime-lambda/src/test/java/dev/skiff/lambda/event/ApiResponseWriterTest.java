package dev.skiff.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The hand-written response is byte for byte what Jackson's generator wrote for the same response. */
class ApiResponseWriterTest {

    /** The response as a Jackson generator writes it: the reference the hand-written one must match. */
    private static byte[] jacksonWritten(HttpResponse response, EventFormat format) throws Exception {
        byte[] body = response.body();
        Map<String, List<String>> headers = new TreeMap<>();
        List<String> cookies = new ArrayList<>();
        response.headers().forEach((name, values) -> {
            if (format == EventFormat.V2 && name.equalsIgnoreCase("set-cookie")) {
                cookies.addAll(values);
            } else {
                headers.put(name, values);
            }
        });
        boolean binary = body.length > 0 && !ContentTypes.isText(response.headers().first("content-type").orElse(null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.status());
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (format == EventFormat.V2) {
                    json.writeStringField(header.getKey(), String.join(",", header.getValue()));
                } else if (header.getValue().size() == 1) {
                    json.writeStringField(header.getKey(), header.getValue().get(0));
                }
            }
            json.writeEndObject();
            if (format == EventFormat.V2 && !cookies.isEmpty()) {
                json.writeArrayFieldStart("cookies");
                for (String cookie : cookies) {
                    json.writeString(cookie);
                }
                json.writeEndArray();
            }
            if (format == EventFormat.V1) {
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
            json.writeStringField("body", binary ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
            json.writeBooleanField("isBase64Encoded", binary);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static byte[] written(HttpResponse response, EventFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ApiResponseWriter().write(response, format, out);
        return out.toByteArray();
    }

    private static List<HttpResponse> responses() {
        HttpResponse text = HttpResponse.bytes(200, "text/plain; charset=utf-8",
                "caf\u00e9 \"q\" \\ \n\t\u0001 \u2028 \ud83d\ude00 <tag>".getBytes(StandardCharsets.UTF_8));
        text.headers().add("X-Multi", "one").add("X-Multi", "two").add("set-cookie", "a=1; HttpOnly")
                .add("Set-Cookie", "b=\"2\"").add("a-first", "\u00e9\u0002").add("Z-last", "z");
        HttpResponse binary = HttpResponse.bytes(201, "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xFF});
        HttpResponse invalidUtf8 = HttpResponse.bytes(400, "application/json", new byte[] {'{', (byte) 0xC3, '}'});
        HttpResponse asciiWithEscapes = HttpResponse.bytes(200, "application/json",
                "{\"a\":\"x\\\\y\\n\"} \" \\ \n\r\t\b\f \u0000\u0001\u001f\u007f /".getBytes(StandardCharsets.US_ASCII));
        return List.of(text, binary, asciiWithEscapes, invalidUtf8, HttpResponse.empty(204), HttpResponse.json(200, "{\"a\":1}".getBytes()));
    }

    @Test
    void payload2And1Responses_areWhatJacksonWrote() throws Exception {
        for (HttpResponse response : responses()) {
            for (EventFormat format : EventFormat.values()) {
                assertThat(new String(written(response, format), StandardCharsets.UTF_8))
                        .as("%s %s", format, response.status())
                        .isEqualTo(new String(jacksonWritten(response, format), StandardCharsets.UTF_8));
                assertThat(written(response, format)).isEqualTo(jacksonWritten(response, format));
            }
        }
    }
}
