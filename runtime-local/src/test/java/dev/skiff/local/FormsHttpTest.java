package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.support.FormsTestApi;
import dev.skiff.support.MultipartBodies;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forms, multipart uploads and raw bodies over real HTTP: bytes arrive intact, limits and types answer as documented. */
class FormsHttpTest {
    private static final String BOUNDARY = "----skiffBoundary12345";
    private static LocalServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(FormsTestApi.application()).port(0).maxBodyBytes(64 * 1024).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void clearLimits() {
        System.clearProperty("skiff.form.maxParts");
        System.clearProperty("skiff.form.maxPartBytes");
    }

    /** Every byte value, twice, with CRLFs and dashes: what a parser must not mistake for a delimiter. */
    static byte[] binary() {
        byte[] bytes = new byte[520];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        bytes[100] = '\r';
        bytes[101] = '\n';
        bytes[102] = '-';
        bytes[103] = '-';
        return bytes;
    }

    static byte[] multipart(Object... parts) {
        return MultipartBodies.of(BOUNDARY, parts);
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.client().send(http.request(path).header("content-type", contentType)
                .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(byte[] body) throws Exception {
        return post("/upload", "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void multipartWithSeveralFilesAndFields_arrivesByteForByte() throws Exception {
        byte[] binary = binary();
        HttpResponse<String> response = upload(multipart(
                "name=\"title\"", "Caf\u00e9 photos",
                "name=\"files\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream", binary,
                "name=\"files\"; filename=\"notes.txt\"\r\nContent-Type: text/plain; charset=utf-8", "line 1\r\nline 2",
                "name=\"files\"; filename=\"\u00e9t\u00e9.png\"\r\nContent-Type: image/png", new byte[0]));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("title").asText()).isEqualTo("Caf\u00e9 photos");
        assertThat(body.get("files")).hasSize(3);
        assertThat(Base64.getDecoder().decode(body.at("/files/0/base64").asText())).isEqualTo(binary);
        assertThat(body.at("/files/0/size").asInt()).isEqualTo(520);
        assertThat(body.at("/files/1/contentType").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(new String(Base64.getDecoder().decode(body.at("/files/1/base64").asText()), StandardCharsets.UTF_8))
                .isEqualTo("line 1\r\nline 2");
        assertThat(body.at("/files/2/filename").asText()).isEqualTo("\u00e9t\u00e9.png");
        assertThat(body.at("/files/2/size").asInt()).isZero();
    }

    @Test
    void urlencodedForm_isBound() throws Exception {
        HttpResponse<String> response = http.post("/form", "application/x-www-form-urlencoded", "name=Ada+L%C3%B6we&count=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("name").asText()).isEqualTo("Ada L\u00f6we");
        assertThat(json(response).get("count").asInt()).isEqualTo(3);
    }

    @Test
    void missingAndInvalidFields_are422InFastApisShape() throws Exception {
        HttpResponse<String> response = http.post("/form", "application/x-www-form-urlencoded", "count=many");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"detail\":["
                + "{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":null},"
                + "{\"type\":\"int_parsing\",\"loc\":[\"body\",\"count\"],"
                + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"many\"}]}");
        HttpResponse<String> noFiles = upload(multipart("name=\"title\"", "t"));
        assertThat(noFiles.statusCode()).isEqualTo(422);
        assertThat(noFiles.body()).isEqualTo("{\"detail\":["
                + "{\"type\":\"missing\",\"loc\":[\"body\",\"files\"],\"msg\":\"Field required\",\"input\":null}]}");
    }

    @Test
    void limitsExceeded_are413() throws Exception {
        byte[] three = multipart("name=\"title\"", "t", "name=\"files\"; filename=\"a\"", "1", "name=\"files\"; filename=\"b\"", "22");
        System.setProperty("skiff.form.maxParts", "2");
        HttpResponse<String> parts = upload(three);
        assertThat(parts.statusCode()).isEqualTo(413);
        assertThat(parts.body()).isEqualTo("{\"detail\":\"Too many form parts: the limit is 2\"}");
        System.clearProperty("skiff.form.maxParts");
        System.setProperty("skiff.form.maxPartBytes", "1");
        HttpResponse<String> partSize = upload(three);
        assertThat(partSize.statusCode()).isEqualTo(413);
        assertThat(partSize.body()).isEqualTo("{\"detail\":\"Form part too large: the limit is 1 bytes\"}");
        HttpResponse<String> total = upload(multipart("name=\"files\"; filename=\"big\"", new byte[70 * 1024]));
        assertThat(total.statusCode()).isEqualTo(413);
    }

    @Test
    void wrongContentType_is415() throws Exception {
        HttpResponse<String> json = http.post("/form", "application/json", "{\"name\":\"a\",\"count\":1}");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).isEqualTo("{\"detail\":\"Unsupported Media Type: expected "
                + "application/x-www-form-urlencoded or multipart/form-data, got application/json\"}");
        assertThat(http.post("/upload", "application/x-www-form-urlencoded", "title=t").statusCode()).isEqualTo(415);
        HttpResponse<String> raw = http.send(http.request("/raw").header("content-type", "application/json")
                .PUT(BodyPublishers.ofString("{}")));
        assertThat(raw.statusCode()).isEqualTo(415);
    }

    @Test
    void rawTextBody_isReadInItsCharset() throws Exception {
        HttpResponse<String> response = http.client().send(http.request("/raw")
                .header("content-type", "text/plain; charset=ISO-8859-1")
                .PUT(BodyPublishers.ofByteArray(new byte[] {'c', 'a', 'f', (byte) 0xE9})).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("got caf\u00e9");
    }
}
