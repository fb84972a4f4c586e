package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.core.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample's form and photo upload through its real Lambda handler, in REST (1.0), HTTP API
 * (2.0) and Function URL events, with the base64-encoded bodies API Gateway sends for multipart.
 */
class ItemsFormsLambdaTest {
    private final ItemsLambdaHandler handler = new ItemsLambdaHandler();

    private JsonNode invoke(String format, String method, String path, String contentType, byte[] body, boolean base64)
            throws IOException {
        ObjectNode event = Json.mapper().createObjectNode();
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", "forms-" + format);
        if (format.equals("v1")) {
            event.put("resource", "/{proxy+}").put("path", "/prod" + path).put("httpMethod", method);
            event.putObject("headers").put("Content-Type", contentType);
            context.put("stage", "prod").put("path", "/prod" + path).put("httpMethod", method);
        } else {
            event.put("version", "2.0").put("routeKey", "$default").put("rawPath", path).put("rawQueryString", "");
            event.putObject("headers").put("content-type", contentType);
            context.put("stage", "$default").put("domainName", format.equals("url")
                    ? "abcdefghijklmnopqrstuvwxyz0123.lambda-url.eu-west-1.on.aws" : "abc123.execute-api.eu-west-1.amazonaws.com");
            context.putObject("http").put("method", method).put("path", path).put("sourceIp", "192.0.2.1");
        }
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", base64);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Json.mapper().writeValueAsBytes(event)), out, null);
        return Json.mapper().readTree(out.toByteArray());
    }

    @ParameterizedTest(name = "{0}, base64 {1}")
    @CsvSource({"v1, true", "v1, false", "v2, true", "v2, false", "url, true", "url, false"})
    void formThenPhotoUpload_inEveryEventFormat(String format, boolean base64) throws IOException {
        JsonNode created = invoke(format, "POST", "/items/form", "application/x-www-form-urlencoded",
                "name=Chair&price=49.5".getBytes(StandardCharsets.UTF_8), base64);
        assertThat(created.get("statusCode").asInt()).as(created.toString()).isEqualTo(201);
        long id = Json.mapper().readTree(created.get("body").asText()).get("id").asLong();

        // binary content travels only base64-encoded; a text body carries a text "image"
        byte[] image = base64 ? new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, (byte) 0xFF}
                : "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        String type = base64 ? "image/png" : "image/svg+xml";
        byte[] body = ItemsFormsHttpTest.multipart("name=\"photo\"; filename=\"chair\"\r\nContent-Type: " + type, image,
                "name=\"caption\"", "Oak");
        JsonNode uploaded = invoke(format, "POST", "/items/" + id + "/photo",
                "multipart/form-data; boundary=" + ItemsFormsHttpTest.BOUNDARY, body, base64);
        assertThat(uploaded.get("statusCode").asInt()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.get("body").asText()).isEqualTo("{\"itemId\":" + id + ",\"filename\":\"chair\","
                + "\"contentType\":\"" + type + "\",\"size\":" + image.length + ",\"caption\":\"Oak\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v1", "v2", "url"})
    void photoWithoutFile_is422_andAsJson_is415(String format) throws IOException {
        JsonNode missing = invoke(format, "POST", "/items/1/photo", "multipart/form-data; boundary="
                + ItemsFormsHttpTest.BOUNDARY, ItemsFormsHttpTest.multipart("name=\"caption\"", "x"), true);
        assertThat(missing.get("statusCode").asInt()).isEqualTo(422);
        assertThat(missing.get("body").asText()).contains("\"loc\":[\"body\",\"photo\"]");
        JsonNode json = invoke(format, "POST", "/items/1/photo", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), false);
        assertThat(json.get("statusCode").asInt()).isEqualTo(415);
    }
}
