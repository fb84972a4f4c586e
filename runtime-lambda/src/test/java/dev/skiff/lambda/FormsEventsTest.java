package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.core.Json;
import dev.skiff.support.FormsTestApi;
import dev.skiff.support.MultipartBodies;
import dev.skiff.test.LambdaTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms, multipart uploads and raw bodies through the real handler, in every event format
 * (REST payload 1.0, HTTP API payload 2.0, Function URL), with bodies base64-encoded as API
 * Gateway sends binary and multipart ones, and plain.
 */
class FormsEventsTest {
    private static final String BOUNDARY = "XyZ-skiff-0123";
    private final TestHandler handler = TestHandler.create(FormsTestApi.application());

    @AfterEach
    void clearLimits() {
        System.clearProperty("skiff.form.maxParts");
    }

    /** An event of {@code format} (v1, v2 or url) carrying {@code body}, base64-encoded or as text. */
    static byte[] event(String format, String method, String path, String contentType, byte[] body, boolean base64) {
        ObjectNode event = Json.mapper().createObjectNode();
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", "forms-" + format);
        if (format.equals("v1")) {
            event.put("resource", "/{proxy+}").put("path", "/prod" + path).put("httpMethod", method);
            event.putObject("headers").put("Content-Type", contentType).put("Host", "api.example.com");
            event.putObject("multiValueHeaders").putArray("Content-Type").add(contentType);
            context.put("stage", "prod").put("path", "/prod" + path).put("httpMethod", method);
        } else {
            event.put("version", "2.0").put("routeKey", "$default").put("rawPath", path).put("rawQueryString", "");
            event.putObject("headers").put("content-type", contentType);
            context.put("stage", "$default").put("domainName", format.equals("url")
                    ? "abcdefghijklmnopqrstuvwxyz0123.lambda-url.eu-west-1.on.aws" : "abc123.execute-api.eu-west-1.amazonaws.com");
            context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                    .put("sourceIp", "192.0.2.1");
        }
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", base64);
        try {
            return Json.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] multipart(Object... parts) {
        return MultipartBodies.of(BOUNDARY, parts);
    }

    private JsonNode invoke(byte[] event) {
        return handler.invoke(event, new LambdaTestContext("req-forms"));
    }

    private static JsonNode body(JsonNode response) {
        String text = response.get("body").asText();
        if (response.path("isBase64Encoded").asBoolean()) {
            text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
        return HandlerEventsTest.json(text);
    }

    @ParameterizedTest(name = "{0}, base64 {1}")
    @CsvSource({"v1, true", "v1, false", "v2, true", "v2, false", "url, true", "url, false"})
    void multipartWithSeveralFilesAndFields_inEveryFormat(String format, boolean base64) {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        // a body that is not base64-encoded is text: only text parts can travel in it
        byte[] first = base64 ? binary : "plain text \u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] body = multipart("name=\"title\"", "Caf\u00e9",
                "name=\"files\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream", first,
                "name=\"files\"; filename*=UTF-8''b%20c.txt\r\nContent-Type: text/plain", "second\r\nline");
        JsonNode response = invoke(event(format, "POST", "/upload", "multipart/form-data; boundary=" + BOUNDARY, body,
                base64));

        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        JsonNode echo = body(response);
        assertThat(echo.get("title").asText()).isEqualTo("Caf\u00e9");
        assertThat(Base64.getDecoder().decode(echo.at("/files/0/base64").asText())).isEqualTo(first);
        assertThat(echo.at("/files/1/filename").asText()).isEqualTo("b c.txt");
        assertThat(echo.at("/files/1/size").asInt()).isEqualTo(12);
    }

    @ParameterizedTest(name = "{0}, base64 {1}")
    @CsvSource({"v1, true", "v1, false", "v2, true", "v2, false", "url, true", "url, false"})
    void urlencodedForm_inEveryFormat(String format, boolean base64) {
        JsonNode response = invoke(event(format, "POST", "/form", "application/x-www-form-urlencoded",
                "name=Ada+L%C3%B6we&count=3".getBytes(StandardCharsets.UTF_8), base64));
        assertThat(response.get("statusCode").asInt()).as(response.toString()).isEqualTo(200);
        assertThat(body(response).get("name").asText()).isEqualTo("Ada L\u00f6we");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v1", "v2", "url"})
    void missingFields_are422_tooManyParts_413_andWrongType_415(String format) {
        JsonNode missing = invoke(event(format, "POST", "/form", "application/x-www-form-urlencoded",
                "count=x".getBytes(StandardCharsets.UTF_8), true));
        assertThat(missing.get("statusCode").asInt()).isEqualTo(422);
        assertThat(body(missing).toString()).isEqualTo("{\"detail\":["
                + "{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":null},"
                + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"count\"],"
                + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"}]}");

        System.setProperty("skiff.form.maxParts", "1");
        JsonNode tooMany = invoke(event(format, "POST", "/upload", "multipart/form-data; boundary=" + BOUNDARY,
                multipart("name=\"title\"", "t", "name=\"files\"; filename=\"a\"", "1"), true));
        assertThat(tooMany.get("statusCode").asInt()).isEqualTo(413);
        assertThat(body(tooMany).get("detail").asText()).isEqualTo("Too many form parts: the limit is 1");

        JsonNode json = invoke(event(format, "POST", "/form", "application/json",
                "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8), false));
        assertThat(json.get("statusCode").asInt()).isEqualTo(415);
    }

    @Test
    void rawTextBody_base64OrNot() {
        for (boolean base64 : new boolean[] {true, false}) {
            JsonNode response = invoke(event("v2", "PUT", "/raw", "text/plain; charset=utf-8",
                    "h\u00e9llo".getBytes(StandardCharsets.UTF_8), base64));
            assertThat(response.get("statusCode").asInt()).isEqualTo(200);
            assertThat(response.get("body").asText()).isEqualTo("got h\u00e9llo");
        }
    }
}
