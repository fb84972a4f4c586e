package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.processor.CompiledApi.Reply;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated invokers for urlencoded and multipart forms and raw bodies, through the real dispatcher. */
class FormsBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "----skiff7MA4YWxk";
    private static CompiledApi compiled;
    private static Application app;

    @BeforeAll
    static void compile() {
        compiled = CompiledApi.compile("forms");
        app = compiled.application("fixtures.forms", "fixtures.forms.FormsApi");
    }

    @AfterEach
    void clearLimits() {
        System.clearProperty("skiff.form.maxParts");
    }

    private static Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.builder(method, path).body(body.getBytes(StandardCharsets.ISO_8859_1));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CompiledApi.dispatch(app, request.build());
    }

    private static Reply form(String body) {
        return send("POST", "/login", "application/x-www-form-urlencoded", body);
    }

    /** A multipart body: {@code parts} alternate a Content-Disposition tail and content. */
    static String multipart(String... parts) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < parts.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; ").append(parts[i])
                    .append("\r\n\r\n").append(parts[i + 1]).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static Reply upload(String body) {
        return send("POST", "/items/7/files", "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    private static JsonNode json(Reply reply) throws Exception {
        return JSON.readTree(reply.body());
    }

    @Test
    void urlencodedForm_bindsScalarsListsEnumsAndDefaults() throws Exception {
        Reply reply = form("username=ada+l&user-age=36&tags=a&tags=b%26c&size=LARGE&codes=2&codes=2&codes=3");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(json(reply).toString()).isEqualTo(
                "{\"username\":\"ada l\",\"age\":36,\"remember\":false,\"tags\":[\"a\",\"b&c\"],\"size\":\"LARGE\",\"note\":\"[2, 3]\"}");
    }

    @Test
    void multipartForm_isAcceptedWhereUrlencodedIs() throws Exception {
        Reply reply = send("POST", "/login", "multipart/form-data; boundary=" + BOUNDARY,
                multipart("name=\"username\"", "ada", "name=\"user-age\"", "36", "name=\"remember\"", "on",
                        "name=\"tags\"", "x"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(json(reply).get("remember").asBoolean()).isTrue();
    }

    @Test
    void missingAndInvalidFields_are422AtBodyLoc_inParameterOrder() throws Exception {
        Reply reply = form("user-age=old&size=HUGE");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(json(reply).get("detail").get(0).toString()).isEqualTo(
                "{\"type\":\"missing\",\"loc\":[\"body\",\"username\"],\"msg\":\"Field required\",\"input\":null}");
        JsonNode detail = json(reply).get("detail");
        assertThat(detail).extracting(d -> d.get("loc").toString()).containsExactly("[\"body\",\"username\"]",
                "[\"body\",\"user-age\"]", "[\"body\",\"tags\"]", "[\"body\",\"size\"]");
        assertThat(detail).extracting(d -> d.get("type").asText()).containsExactly("missing", "int_parsing", "missing",
                "enum");
    }

    @Test
    void emptyBodyWithoutContentType_reportsEveryRequiredField() throws Exception {
        Reply reply = send("POST", "/login", null, "");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(json(reply).get("detail")).hasSize(3);
    }

    @Test
    void jsonWhereAFormBelongs_is415() throws Exception {
        Reply reply = send("POST", "/login", "application/json", "{\"username\":\"a\"}");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(json(reply).get("detail").asText()).startsWith("Unsupported Media Type: expected "
                + "application/x-www-form-urlencoded or multipart/form-data");
        assertThat(upload("").status()).isEqualTo(400);
        assertThat(send("POST", "/items/7/files", "application/x-www-form-urlencoded", "title=x").status())
                .isEqualTo(415);
    }

    @Test
    void multipartUpload_bindsFilesInOrder_withNamesTypesAndSizes() throws Exception {
        Reply reply = upload(multipart(
                "name=\"title\"", "Blue mug",
                "name=\"main\"; filename=\"mug.png\"\r\nContent-Type: image/png", "\u0089PNG\r\n",
                "name=\"extras\"; filename=\"a.txt\"\r\nContent-Type: text/plain", "first",
                "name=\"extras\"; filename*=UTF-8''b%20b.txt", "second"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(json(reply).toString()).isEqualTo("{\"id\":7,\"title\":\"Blue mug\",\"files\":["
                + "\"mug.png|image/png|6|\uFFFDPNG\\r\\n\",\"a.txt|text/plain|5|first\","
                + "\"b b.txt|application/octet-stream|6|second\"],\"note\":\"no thumbnail\"}");
    }

    @Test
    void missingFiles_are422Missing_andTextForAFile_isValueError() throws Exception {
        Reply reply = upload(multipart("name=\"title\"", "t", "name=\"main\"", "just text"));
        assertThat(reply.status()).isEqualTo(422);
        JsonNode detail = json(reply).get("detail");
        assertThat(detail.get(0).toString()).isEqualTo("{\"type\":\"value_error\",\"loc\":[\"body\",\"main\"],"
                + "\"msg\":\"Value error, Expected UploadFile, received: <class 'str'>\",\"input\":\"just text\","
                + "\"ctx\":{\"error\":{}}}");
        assertThat(detail.get(1).toString()).isEqualTo(
                "{\"type\":\"missing\",\"loc\":[\"body\",\"extras\"],\"msg\":\"Field required\",\"input\":null}");
        assertThat(detail).hasSize(2);
    }

    @Test
    void tooManyParts_is413() throws Exception {
        System.setProperty("skiff.form.maxParts", "2");
        Reply reply = upload(multipart("name=\"title\"", "t", "name=\"main\"; filename=\"a\"", "1",
                "name=\"extras\"; filename=\"b\"", "2"));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(json(reply).get("detail").asText()).isEqualTo("Too many form parts: the limit is 2");
    }

    @Test
    void rawBodies_textBytesAndStreams_withTheirMediaTypes() {
        Reply text = send("PUT", "/notes/3", "text/plain; charset=utf-8", "hello");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.body()).isEqualTo("3:hello");
        assertThat(send("PUT", "/blobs", "application/octet-stream", "\u0000\u0001\u00ff").body()).isEqualTo("bytes:3");
        assertThat(send("PUT", "/images", "image/png", "abcd").body()).isEqualTo("read:4");
        assertThat(send("PUT", "/images", null, "abcd").body()).isEqualTo("read:4");
        Reply wrong = send("PUT", "/notes/3", "application/json", "\"x\"");
        assertThat(wrong.status()).isEqualTo(415);
        assertThat(wrong.body()).isEqualTo("{\"detail\":\"Unsupported Media Type: expected text/plain, got application/json\"}");
        assertThat(send("PUT", "/images", "text/plain", "x").status()).isEqualTo(415);
        Reply tooLong = send("PUT", "/notes/3", "text/plain", "too long");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"loc\":[\"body\"]", "\"type\":\"size\"");
    }

    @Test
    void openApi_describesFormsAsFastApiDoes() throws Exception {
        JsonNode doc = JSON.readTree(compiled.generated(StandardLocation.CLASS_OUTPUT, "fixtures/forms/openapi.json"));
        JsonNode upload = doc.at("/paths/~1items~1{id}~1files/post");
        assertThat(upload.get("parameters")).hasSize(1);
        assertThat(upload.at("/requestBody").toString()).isEqualTo("{\"content\":{\"multipart/form-data\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/Body_upload\"}}},\"required\":true}");
        assertThat(doc.at("/components/schemas/Body_upload").toString()).isEqualTo("{\"title\":\"Body_upload\","
                + "\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"},"
                + "\"main\":{\"type\":\"string\",\"format\":\"binary\"},"
                + "\"extras\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"format\":\"binary\"}},"
                + "\"thumbnail\":{\"type\":[\"string\",\"null\"],\"format\":\"binary\"}},"
                + "\"required\":[\"title\",\"main\",\"extras\"]}");
        assertThat(doc.at("/paths/~1login/post/requestBody/content").fieldNames().next())
                .isEqualTo("application/x-www-form-urlencoded");
        assertThat(doc.at("/components/schemas/Body_login/required").toString())
                .isEqualTo("[\"username\",\"user-age\",\"tags\"]");
        assertThat(doc.at("/components/schemas/Body_login/properties/remember/default").asBoolean()).isFalse();
        assertThat(doc.at("/paths/~1blobs/put/requestBody/content").toString())
                .isEqualTo("{\"application/octet-stream\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}");
        assertThat(doc.at("/paths/~1notes~1{id}/put/requestBody/content").toString())
                .isEqualTo("{\"text/plain\":{\"schema\":{\"type\":\"string\"}}}");
    }
}
