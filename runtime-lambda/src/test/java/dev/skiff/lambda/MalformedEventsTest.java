package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events the handler cannot read get a 400 and a logged error, never an exception. */
class MalformedEventsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | this is not json                                                                       | the event is not JSON
            not an object             | [1,2,3]                                                                                | the event is not a JSON object
            an empty object           | {}                                                                                     | neither an API Gateway
            payload 2.0 without method| {"version":"2.0","rawPath":"/items","requestContext":{"http":{}}}                      | requestContext.http.method
            payload 1.0 without path  | {"httpMethod":"GET","requestContext":{}}                                               | the event has no path
            invalid base64 body       | {"version":"2.0","rawPath":"/items","requestContext":{"http":{"method":"POST"}},"body":"%%%not base64","isBase64Encoded":true} | not valid base64
            """)
    void unreadableEvent_is400WithALoggedError(String name, String event, String problem) {
        TestHandler handler = TestHandler.create();

        JsonNode response = handler.invoke(event.getBytes(StandardCharsets.UTF_8), new LambdaTestContext("bad"));

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(response.get("headers").get("content-type").asText()).isEqualTo("application/json");
        assertThat(response.get("body").asText()).startsWith("{\"detail\":\"Bad Request: ").contains(problem);
        JsonNode error = handler.logLines().stream().filter(l -> l.get("level").asText().equals("ERROR"))
                .findFirst().orElseThrow();
        assertThat(error.get("message").asText()).contains(problem);
        assertThat(error.get("function_request_id").asText()).isEqualTo("bad");
        JsonNode metrics = handler.emfDocuments().stream().filter(d -> d.has("RequestCount")).findFirst().orElseThrow();
        assertThat(metrics.get("route").asText()).isEqualTo("UNMATCHED");
        assertThat(metrics.has("ClientError")).isTrue();
    }
}
