package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.support.MultipartBodies;
import dev.skiff.test.LocalServerExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sample's form and photo upload on a real server, called as a browser's form would. */
class ItemsFormsHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create)
            .with(server -> server.maxBodyBytes(64 * 1024));

    /** A multipart body: {@code parts} alternate a Content-Disposition tail (and headers) and content. */
    static byte[] multipart(Object... parts) {
        return MultipartBodies.of(BOUNDARY, parts);
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(SERVER.uri(path)).header("content-type", contentType)
                .POST(BodyPublishers.ofByteArray(body)).build(), BodyHandlers.ofString());
    }

    private static long createFromForm() throws Exception {
        HttpResponse<String> created = post("/items/form", "application/x-www-form-urlencoded",
                "name=Desk+lamp&price=19.90&tags=home&tags=light".getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    @Test
    void formCreatesAnItem_withRepeatedFieldsAsAList() throws Exception {
        long id = createFromForm();
        JsonNode item = JSON.readTree(CLIENT.send(HttpRequest.newBuilder(SERVER.uri("/items/" + id)).build(),
                BodyHandlers.ofString()).body());
        assertThat(item.get("name").asText()).isEqualTo("Desk lamp");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(item.get("tags").toString()).isEqualTo("[\"home\",\"light\"]");
    }

    @Test
    void formWithMissingAndInvalidFields_is422_includingConstraints() throws Exception {
        HttpResponse<String> response = post("/items/form", "application/x-www-form-urlencoded",
                "name=+&price=-1".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode detail = JSON.readTree(response.body()).get("detail");
        assertThat(detail).extracting(d -> d.get("loc").toString())
                .containsExactly("[\"body\",\"name\"]", "[\"body\",\"price\"]");
        HttpResponse<String> missing = post("/items/form", "application/x-www-form-urlencoded", new byte[0]);
        assertThat(missing.body()).startsWith(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":null}");
    }

    @Test
    void photoUpload_takesTheFileAndTheCaption() throws Exception {
        long id = createFromForm();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, '\r', '\n', '-', '-', (byte) 0xFF, (byte) 0xD9};
        HttpResponse<String> response = post("/items/" + id + "/photo", "multipart/form-data; boundary=" + BOUNDARY,
                multipart("name=\"photo\"; filename=\"lamp.jpg\"\r\nContent-Type: image/jpeg", jpeg,
                        "name=\"caption\"", "On the desk"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"itemId\":" + id + ",\"filename\":\"lamp.jpg\","
                + "\"contentType\":\"image/jpeg\",\"size\":12,\"caption\":\"On the desk\"}");
    }

    @Test
    void photoUpload_errors_422_413_415() throws Exception {
        long id = createFromForm();
        String multipartType = "multipart/form-data; boundary=" + BOUNDARY;
        HttpResponse<String> noPhoto = post("/items/" + id + "/photo", multipartType, multipart("name=\"caption\"", "x"));
        assertThat(noPhoto.statusCode()).isEqualTo(422);
        assertThat(noPhoto.body()).isEqualTo(
                "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"photo\"],\"msg\":\"Field required\",\"input\":null}]}");
        HttpResponse<String> tooLarge = post("/items/" + id + "/photo", multipartType,
                multipart("name=\"photo\"; filename=\"big.jpg\"\r\nContent-Type: image/jpeg", new byte[65 * 1024]));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        HttpResponse<String> json = post("/items/" + id + "/photo", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).isEqualTo("{\"detail\":\"Unsupported Media Type: expected multipart/form-data, got application/json\"}");
        HttpResponse<String> notAnImage = post("/items/" + id + "/photo", multipartType,
                multipart("name=\"photo\"; filename=\"notes.txt\"\r\nContent-Type: text/plain", "hi"));
        // NotAnImage, a domain exception, answered by the application's exception handler
        assertThat(notAnImage.statusCode()).isEqualTo(415);
        assertThat(notAnImage.body()).isEqualTo("{\"detail\":\"A photo must be an image, got text/plain\"}");
        // the interceptor times answers the operation returned; a failure's answer is made after it
        assertThat(noPhoto.headers().firstValue("server-timing")).isEmpty();
        assertThat(notAnImage.headers().firstValue("server-timing")).isEmpty();
    }

    @Test
    void everyAnsweredOperationSaysHowLongItTook() throws Exception {
        long id = createFromForm();
        HttpResponse<String> fetched = CLIENT.send(java.net.http.HttpRequest.newBuilder(SERVER.uri("/items/" + id))
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(fetched.headers().firstValue("server-timing").orElseThrow()).matches("app;dur=\\d+\\.\\d");
    }
}
