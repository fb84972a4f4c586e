package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text, bytes and server-sent events through the real handler (buffered: Lambda's
 * RequestStreamHandler has no chunks), for REST API (payload 1.0), HTTP API (2.0) and Function
 * URL events.
 */
class ResponseKindsEventsTest {
    private final TestHandler handler = TestHandler.create();

    /** The three event shapes, as API Gateway and Lambda send a GET of {@code path}. */
    enum Source {
        REST_V1 {
            @Override
            String event(String path) {
                return """
                        {"resource":"/{proxy+}","path":"%1$s","httpMethod":"GET","headers":{"Accept":"*/*"},
                         "multiValueHeaders":{"Accept":["*/*"]},"queryStringParameters":null,
                         "multiValueQueryStringParameters":null,"pathParameters":{"proxy":"%2$s"},
                         "requestContext":{"resourcePath":"/{proxy+}","httpMethod":"GET","path":"/prod%1$s",
                           "stage":"prod","requestId":"rest-1"},
                         "body":null,"isBase64Encoded":false}
                        """.formatted(path, path.substring(1));
            }
        },
        HTTP_V2 {
            @Override
            String event(String path) {
                return """
                        {"version":"2.0","routeKey":"$default","rawPath":"%s","rawQueryString":"",
                         "headers":{"accept":"*/*"},
                         "requestContext":{"http":{"method":"GET","path":"%1$s"},"requestId":"http-1","stage":"$default"},
                         "isBase64Encoded":false}
                        """.formatted(path);
            }
        },
        FUNCTION_URL {
            @Override
            String event(String path) {
                return """
                        {"version":"2.0","routeKey":"$default","rawPath":"%s","rawQueryString":"",
                         "headers":{"host":"abc.lambda-url.eu-west-1.on.aws"},
                         "requestContext":{"domainName":"abc.lambda-url.eu-west-1.on.aws","domainPrefix":"abc",
                           "http":{"method":"GET","path":"%1$s"},"requestId":"url-1","stage":"$default"},
                         "isBase64Encoded":false}
                        """.formatted(path);
            }
        };

        abstract String event(String path);
    }

    private JsonNode get(Source source, String path) {
        return handler.invoke(source.event(path).getBytes(StandardCharsets.UTF_8), new LambdaTestContext("req"));
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void textResponse_hasExactlyOneContentType_andTravelsAsText(Source source) {
        JsonNode response = get(source, "/text");

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("headers").get("content-type").asText()).isEqualTo("text/plain; charset=utf-8");
        if (response.has("multiValueHeaders")) {
            assertThat(response.get("multiValueHeaders").has("content-type")).isFalse();
        }
        assertThat(response.get("body").asText()).isEqualTo("plain words");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void bytesResponse_isBase64Encoded(Source source) {
        JsonNode response = get(source, "/photo");

        assertThat(response.get("headers").get("content-type").asText()).isEqualTo("image/png");
        assertThat(response.get("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(response.get("body").asText()))
                .containsExactly(0x89, 'P', 'N', 'G', 0, 0xFF);
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void serverSentEvents_areCollectedWhole_asText(Source source) {
        TestApi.gate = new CountDownLatch(0);

        JsonNode response = get(source, "/events");

        assertThat(response.get("headers").get("content-type").asText()).isEqualTo("text/event-stream");
        assertThat(response.get("headers").get("cache-control").asText()).isEqualTo("no-cache");
        assertThat(response.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(response.get("body").asText()).isEqualTo(
                "id: 1\nevent: item\ndata: item 1\ndata: more\n\n"
                        + "id: 2\nevent: item\ndata: item 2\ndata: more\n\n"
                        + "id: 3\nevent: item\ndata: item 3\ndata: more\n\n");
    }
}
