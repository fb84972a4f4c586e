package dev.skiff.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw Lambda events POSTed to the dev server get the real Lambda handler's answer. */
class LambdaEventsTest {
    private static final String V2_GET_HELLO = """
            {"version": "2.0", "routeKey": "$default", "rawPath": "/hello", "rawQueryString": "",
             "headers": {"accept": "application/json", "x-correlation-id": "lambda-local-1"},
             "requestContext": {"accountId": "123456789012", "apiId": "abc123", "requestId": "req-1",
               "http": {"method": "GET", "path": "/hello", "protocol": "HTTP/1.1", "sourceIp": "192.0.2.1"},
               "stage": "$default", "timeEpoch": 1795896238390},
             "isBase64Encoded": false}
            """;
    private static final String V1_POST_HELLO = """
            {"resource": "/hello", "path": "/hello", "httpMethod": "POST",
             "headers": {"Accept": "application/json"}, "multiValueHeaders": {"Accept": ["application/json"]},
             "requestContext": {"accountId": "123456789012", "apiId": "1234567890", "httpMethod": "POST",
               "path": "/prod/hello", "requestId": "rest-1", "resourcePath": "/hello", "stage": "prod"},
             "body": null, "isBase64Encoded": false}
            """;

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode invoke(URI base, String event) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(LambdaEvents.PATH))
                .POST(BodyPublishers.ofString(event)).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    @Test
    void rawEvents_areAnsweredInLambdaFormatByTheVersionServedNow() throws Exception {
        Path sources = project.resolve("src");
        Path classes = project.resolve("classes");
        DemoSources.write(sources, "v1");
        DemoSources.compile(sources, classes);
        RecordingListener events = new RecordingListener();

        try (DevServer dev = DevServer.builder("demo.DemoApp").classes(classes).workDirectory(project.resolve("work"))
                .port(0).quietPeriod(Duration.ofMillis(100)).listener(events).start()) {
            JsonNode v2 = invoke(dev.uri(), V2_GET_HELLO);
            assertThat(v2.get("statusCode").asInt()).isEqualTo(200);
            assertThat(v2.get("body").asText()).isEqualTo("v1");
            assertThat(v2.get("isBase64Encoded").asBoolean()).isFalse();
            assertThat(v2.at("/headers/x-correlation-id").asText()).isEqualTo("lambda-local-1");

            JsonNode v1 = invoke(dev.uri(), V1_POST_HELLO);
            assertThat(v1.get("statusCode").asInt()).isEqualTo(405);
            assertThat(v1.at("/headers/allow").asText()).isEqualTo("GET, HEAD");

            JsonNode unreadable = invoke(dev.uri(), "[1, 2]");
            assertThat(unreadable.get("statusCode").asInt()).isEqualTo(400);

            DemoSources.write(sources, "v2");
            DemoSources.compile(sources, classes);
            assertThat(events.next()).startsWith("reloaded");

            assertThat(invoke(dev.uri(), V2_GET_HELLO).get("body").asText()).isEqualTo("v2");
        }
    }

    @Test
    void aStreamedOperation_isAnsweredInTheRuntimeApisStreamingFormat() throws Exception {
        try (DevServer dev = startDemo()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(dev.uri().resolve(LambdaEvents.PATH))
                    .POST(BodyPublishers.ofString(V2_GET_HELLO.replace("/hello", "/lines"))).build(),
                    BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type"))
                    .hasValue("application/vnd.awslambda.http-integration-response");
            byte[] body = response.body();
            int delimiter = indexOfEightNuls(body);
            JsonNode prelude = Json.mapper().readTree(java.util.Arrays.copyOf(body, delimiter));
            assertThat(prelude.get("statusCode").asInt()).isEqualTo(200);
            assertThat(prelude.at("/headers/content-type").asText()).isEqualTo("application/jsonl");
            assertThat(prelude.at("/headers/x-correlation-id").asText()).isEqualTo("lambda-local-1");
            assertThat(new String(body, delimiter + 8, body.length - delimiter - 8, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
        }
    }

    /** The demo application, compiled, served on a free port without reloading. */
    private DevServer startDemo() throws Exception {
        Path sources = project.resolve("src");
        Path classes = project.resolve("classes");
        DemoSources.write(sources, "v1");
        DemoSources.compile(sources, classes);
        return DevServer.builder("demo.DemoApp").classes(classes).workDirectory(project.resolve("work")).port(0).start();
    }

    private static int indexOfEightNuls(byte[] body) {
        for (int i = 0; i + 8 <= body.length; i++) {
            boolean nuls = true;
            for (int j = i; j < i + 8 && nuls; j++) {
                nuls = body[j] == 0;
            }
            if (nuls) {
                return i;
            }
        }
        throw new AssertionError("no eight NUL bytes in the answer");
    }

    @Test
    void onlyPostIsAccepted() throws Exception {
        try (DevServer dev = startDemo()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(dev.uri().resolve(LambdaEvents.PATH)).build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("allow")).hasValue("POST");
        }
    }
}
