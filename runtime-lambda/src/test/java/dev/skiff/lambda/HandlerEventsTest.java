package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.test.LambdaTestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import dev.skiff.core.Application;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.core.Router;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AWS-documented event shapes driven through the real handler, asserting whole responses. */
class HandlerEventsTest {
    private final TestHandler handler = TestHandler.create();

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void httpApiGet_answersInPayload2Format() {
        JsonNode response = handler.invokeFixture("v2-get-item.json", new LambdaTestContext("req-1"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"JKJaXmPLvHcESHA="},
                 "body":"{\\"id\\":42,\\"name\\":\\"Item 42\\"}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void httpApiRepeatedQueryParameters_reachTheHandlerInOrder_andCallerCorrelationIdIsEchoed() {
        JsonNode response = handler.invokeFixture("v2-list-items-query.json", new LambdaTestContext("req-2"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"corr-from-caller"},
                 "body":"{\\"tag\\":[\\"red\\",\\"big box\\"],\\"q\\":\\"pen\\"}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void httpApiCookiesAndJwtClaims_reachTheHandler_andSetCookieGoesToCookies() {
        JsonNode response = handler.invokeFixture("v2-echo-cookies-jwt.json", new LambdaTestContext("req-3"));

        JsonNode body = json(response.get("body").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) response).remove("body");
        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"X-Multi":"one,two","content-type":"application/json",
                            "x-correlation-id":"JKJaXmPLvHcESHC="},
                 "cookies":["session=abc; HttpOnly","theme=dark"],
                 "isBase64Encoded":false}
                """));
        assertThat(body).isEqualTo(json("""
                {"cookies":{"session":"s1","theme":"light"},
                 "accept":["application/json,text/plain"],
                 "caller":"JWT user-1",
                 "claims":{"sub":"user-1","email":"ada@example.com",
                           "iss":"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example"}}
                """));
    }

    @Test
    void functionUrlPostWithIamAuth_readsBodyAndCaller() {
        JsonNode response = handler.invokeFixture("function-url-post-iam.json", new LambdaTestContext("req-4"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":201,
                 "headers":{"content-type":"application/json","x-correlation-id":"id-fn-url-1"},
                 "body":"{\\"name\\":\\"Pen\\",\\"price\\":1.5,\\"id\\":7,\\"createdBy\\":\\"arn:aws:iam::111122223333:user/example-user\\"}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void base64BinaryBodyOnAnEncodedPath_comesBackBase64() {
        JsonNode response = handler.invokeFixture("v2-put-file-base64.json", new LambdaTestContext("req-5"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/octet-stream","x-correlation-id":"JKJaXmPLvHcESHD=",
                            "x-file-name":"my file\u00e9.bin"},
                 "body":"AAECA/7/iVBORw==",
                 "isBase64Encoded":true}
                """));
    }

    @Test
    void restApiWithStagePrefix_andMultiValueQuery_answersInPayload1Format() {
        JsonNode response = handler.invokeFixture("v1-rest-stage-list.json", new LambdaTestContext("req-6"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json",
                            "x-correlation-id":"c6af9ac6-7b61-11e6-9a41-93e8deadbeef"},
                 "multiValueHeaders":{},
                 "body":"{\\"tag\\":[\\"red\\",\\"big box\\"],\\"q\\":\\"pen\\"}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void restApiMultiValueHeadersAndIamIdentity_andRepeatedResponseHeadersGoToMultiValueHeaders() {
        JsonNode response = handler.invokeFixture("v1-echo-iam.json", new LambdaTestContext("req-7"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"rest-request-2"},
                 "multiValueHeaders":{"Set-Cookie":["session=abc; HttpOnly","theme=dark"],"X-Multi":["one","two"]},
                 "body":"{\\"cookies\\":{\\"session\\":\\"s1\\",\\"theme\\":\\"light\\"},\\"accept\\":[\\"application/json\\",\\"text/plain\\"],\\"caller\\":\\"IAM arn:aws:iam::111122223333:user/example-user\\",\\"claims\\":{}}",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void restApiDecodedPathWithSpace_andBase64Body_roundTrips() {
        JsonNode response = handler.invokeFixture("v1-get-encoded-path.json", new LambdaTestContext("req-8"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("headers").get("x-file-name").asText()).isEqualTo("my file.bin");
        assertThat(response.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(response.get("body").asText())).containsExactly(0, 1, 2, 0xFF);
    }

    @Test
    void streamedResponse_isCollectedWhole() {
        String event = """
                {"version":"2.0","rawPath":"/stream","rawQueryString":"",
                 "requestContext":{"http":{"method":"GET","path":"/stream"},"requestId":"r-stream"}}
                """;
        JsonNode response = handler.invoke(event.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("req-9"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":200,
                 "headers":{"content-type":"application/jsonl","x-correlation-id":"r-stream"},
                 "body":"{\\"id\\":1}\\n{\\"id\\":2}\\n{\\"id\\":3}\\n",
                 "isBase64Encoded":false}
                """));
    }

    @Test
    void unknownPath_is404_andWrongMethod_is405WithAllow() {
        String missing = """
                {"version":"2.0","rawPath":"/nowhere","requestContext":{"http":{"method":"GET"},"requestId":"r-404"}}
                """;
        String wrongMethod = """
                {"version":"2.0","rawPath":"/items/1","requestContext":{"http":{"method":"DELETE"},"requestId":"r-405"}}
                """;

        JsonNode notFound = handler.invoke(missing.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("a"));
        JsonNode notAllowed = handler.invoke(wrongMethod.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("b"));

        assertThat(notFound).isEqualTo(json("""
                {"statusCode":404,"headers":{"content-type":"application/json","x-correlation-id":"r-404"},
                 "body":"{\\"detail\\":\\"Not Found\\"}","isBase64Encoded":false}
                """));
        assertThat(notAllowed).isEqualTo(json("""
                {"statusCode":405,
                 "headers":{"allow":"GET, HEAD","content-type":"application/json","x-correlation-id":"r-405"},
                 "body":"{\\"detail\\":\\"Method Not Allowed\\"}","isBase64Encoded":false}
                """));
    }

    @Test
    void unhandledException_is500WithCorrelationId_andNoDetailsLeak() {
        String event = """
                {"version":"2.0","rawPath":"/items/boom","requestContext":{"http":{"method":"GET"},"requestId":"r-500"}}
                """;

        JsonNode response = handler.invoke(event.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("c"));

        assertThat(response).isEqualTo(json("""
                {"statusCode":500,"headers":{"content-type":"application/json","x-correlation-id":"r-500"},
                 "body":"{\\"detail\\":\\"Internal Server Error\\"}","isBase64Encoded":false}
                """));
    }

    @Test
    void withoutALambdaContext_aPlainMainCanDriveTheHandler() {
        JsonNode response = handler.invokeFixture("v2-get-item.json", null);

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(handler.logLines()).isNotEmpty().noneMatch(line -> line.has("function_request_id"));
    }

    @Test
    void streamFailingBeforeItsFirstChunk_is500_notAnException() {
        Route failing = new Route("GET", "/broken", "broken", call -> HttpResponse.streaming(200, "application/jsonl",
                sink -> {
                    throw new java.io.IOException("upstream gone");
                }));
        Router router = (method, segments) -> new Lookup.Found(failing, new String[0]);
        TestHandler broken = TestHandler.create(new Application("t", "1", router, List.of(failing), () -> null));
        String event = """
                {"version":"2.0","rawPath":"/broken","requestContext":{"http":{"method":"GET"},"requestId":"r-x"}}
                """;

        JsonNode response = broken.invoke(event.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("x"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(broken.logLines()).anyMatch(line -> line.get("level").asText().equals("ERROR")
                && line.get("error").get("message").asText().equals("upstream gone"));
    }
}
