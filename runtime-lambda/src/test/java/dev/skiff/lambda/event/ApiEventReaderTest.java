package dev.skiff.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.CallerIdentity;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming reader on shapes a tree never cared about: field order, repeats, odd values. */
class ApiEventReaderTest {
    private final ApiEventReader reader = new ApiEventReader();

    private ApiEvent read(String json) throws EventRefusedException {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Map<String, List<String>> headers(HttpRequest request) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        request.headers().forEach(headers::put);
        return headers;
    }

    @Test
    void versionAfterEverythingElse_stillDecidesPayload2() throws Exception {
        ApiEvent event = read("""
                {"body":"{\\"a\\":1}","cookies":["s=1","t=2"],"headers":{"Accept":"text/plain"},
                 "requestContext":{"requestId":"r1","stage":"$default","http":{"path":"/ignored","method":"post"}},
                 "rawQueryString":"q=a%20b&q=c","rawPath":"/items/1","version":"2.0"}
                """);

        HttpRequest request = event.request();
        assertThat(event.format()).isEqualTo(EventFormat.V2);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.rawPath()).isEqualTo("/items/1");
        assertThat(request.query()).containsExactly(Map.entry("q", List.of("a b", "c")));
        assertThat(request.platformRequestId()).contains("r1");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(request.cookies()).containsExactly(Map.entry("s", "1"), Map.entry("t", "2"));
        assertThat(headers(request)).containsExactly(
                Map.entry("Accept", List.of("text/plain")), Map.entry("cookie", List.of("s=1; t=2")));
    }

    @Test
    void withoutVersion_theShapeDecides_whereverItsFieldsAre() throws Exception {
        assertThat(read("""
                {"requestContext":{"http":{"method":"GET"}},"path":"/x","httpMethod":"GET"}
                """).format()).isEqualTo(EventFormat.V1);
        assertThat(read("""
                {"rawPath":"/x","requestContext":{"requestId":"r","http":{"method":"GET"}}}
                """).format()).isEqualTo(EventFormat.V2);
    }

    @Test
    void unknownNestedFieldsAndArraysInOddPlaces_areSkipped() throws Exception {
        ApiEvent event = read("""
                {"version":"2.0","pathParameters":{"a":[1,{"b":[[],{}]}]},"stageVariables":[{"x":null}],
                 "headers":{"x-list":["a","b"],"x-object":{"y":{"z":1}},"x-null":null,"x-number":42,"x-flag":true},
                 "rawPath":"/items/1","requestContext":{"extra":{"deep":[{"http":{"method":"DELETE"}}]},
                 "http":{"method":"GET","sourceIp":["not","a","string"]}}}
                """);

        HttpRequest request = event.request();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(headers(request)).containsExactly(
                Map.entry("x-number", List.of("42")), Map.entry("x-flag", List.of("true")));
        assertThat(request.body()).isEmpty();
    }

    @Test
    void nullValues_areAbsentValues() throws Exception {
        ApiEvent event = read("""
                {"version":"2.0","rawPath":"/items","rawQueryString":null,"cookies":null,"headers":null,
                 "body":null,"isBase64Encoded":null,
                 "requestContext":{"http":{"method":"GET","path":null},"requestId":null,"stage":null,"authorizer":null}}
                """);

        HttpRequest request = event.request();
        assertThat(request.query()).isEmpty();
        assertThat(request.cookies()).isEmpty();
        assertThat(request.headers().isEmpty()).isTrue();
        assertThat(request.body()).isEmpty();
        assertThat(request.platformRequestId()).isEmpty();
        assertThat(request.caller()).isEmpty();
    }

    @Test
    void restApiMultiValueMaps_winOverSingleValueOnes_unlessEmptyOrNull() throws Exception {
        ApiEvent both = read("""
                {"httpMethod":"GET","path":"/p","headers":{"A":"single"},"multiValueHeaders":{"A":["one","two"]},
                 "queryStringParameters":{"q":"last"},"multiValueQueryStringParameters":{"q":["first","last"]}}
                """);
        ApiEvent emptyMulti = read("""
                {"multiValueHeaders":{},"headers":{"A":"single"},"multiValueQueryStringParameters":null,
                 "queryStringParameters":{"q":"only"},"path":"/p","httpMethod":"GET"}
                """);
        ApiEvent nullsOnly = read("""
                {"httpMethod":"GET","path":"/p","headers":{"A":"single"},"multiValueHeaders":{"A":null}}
                """);

        assertThat(headers(both.request())).containsExactly(Map.entry("A", List.of("one", "two")));
        assertThat(both.request().query()).containsExactly(Map.entry("q", List.of("first", "last")));
        assertThat(headers(emptyMulti.request())).containsExactly(Map.entry("A", List.of("single")));
        assertThat(emptyMulti.request().query()).containsExactly(Map.entry("q", List.of("only")));
        // A multi-value map that is there, even with nothing usable in it, is the one used.
        assertThat(nullsOnly.request().headers().isEmpty()).isTrue();
    }

    @Test
    void repeatedKeys_keepTheLastValue_asJacksonsTreeDid() throws Exception {
        ApiEvent event = read("""
                {"version":"1.0","version":"2.0","rawPath":"/first","rawPath":"/second",
                 "headers":{"x":"1","y":"2","x":"3"},
                 "requestContext":{"http":{"method":"PUT"},"authorizer":{"iam":{"userArn":"arn:first"}}},
                 "requestContext":{"http":{"method":"GET"}}}
                """);

        assertThat(event.format()).isEqualTo(EventFormat.V2);
        assertThat(event.request().rawPath()).isEqualTo("/second");
        assertThat(event.request().method()).isEqualTo("GET");
        assertThat(headers(event.request())).containsExactly(Map.entry("x", List.of("3")), Map.entry("y", List.of("2")));
        assertThat(event.request().caller()).isEmpty();
    }

    @Test
    void authorizerAndIdentity_yieldTheCaller_inEitherOrder() throws Exception {
        ApiEvent jwt = read("""
                {"requestContext":{"authorizer":{"jwt":{"claims":{"sub":"u-1","groups":["a"]},"scopes":null}},
                 "http":{"method":"GET"}},"version":"2.0","rawPath":"/me"}
                """);
        ApiEvent iam = read("""
                {"requestContext":{"identity":{"userArn":"arn:aws:iam::1:user/x","accountId":"1","caller":null}},
                 "path":"/me","httpMethod":"GET"}
                """);

        CallerIdentity jwtCaller = jwt.request().caller().orElseThrow();
        assertThat(jwtCaller.kind()).isEqualTo(CallerIdentity.Kind.JWT);
        assertThat(jwtCaller.principal()).isEqualTo("u-1");
        assertThat(jwtCaller.claims()).containsEntry("groups", "[\"a\"]");
        CallerIdentity iamCaller = iam.request().caller().orElseThrow();
        assertThat(iamCaller.kind()).isEqualTo(CallerIdentity.Kind.IAM);
        assertThat(iamCaller.principal()).isEqualTo("arn:aws:iam::1:user/x");
        assertThat(iamCaller.accountId()).contains("1");
    }

    @Test
    void base64Flag_isReadAsJacksonReadsABoolean() throws Exception {
        String body = "AAEC";
        for (String flag : List.of("true", "\"true\"", "1")) {
            ApiEvent event = read("{\"version\":\"2.0\",\"rawPath\":\"/f\",\"requestContext\":{\"http\":{\"method\":\"PUT\"}},"
                    + "\"body\":\"" + body + "\",\"isBase64Encoded\":" + flag + "}");
            assertThat(event.request().body()).as(flag).containsExactly(0, 1, 2);
        }
        for (String flag : List.of("false", "\"false\"", "0", "null")) {
            ApiEvent text = read("{\"version\":\"2.0\",\"rawPath\":\"/f\",\"requestContext\":{\"http\":{\"method\":\"PUT\"}},"
                    + "\"body\":\"" + body + "\",\"isBase64Encoded\":" + flag + "}");
            assertThat(new String(text.request().body(), StandardCharsets.UTF_8)).as(flag).isEqualTo(body);
        }
    }

    @Test
    void fieldsTheAdapterReads_withTheWrongJsonType_areRefused_notGuessedAt() {
        String v2 = "{\"version\":\"2.0\",\"rawPath\":\"/f\",\"requestContext\":{\"http\":{\"method\":\"PUT\"}},";
        for (String[] wrong : new String[][] {
                {"\"isBase64Encoded\":\"yes\"", "the event's isBase64Encoded is not a boolean"},
                {"\"isBase64Encoded\":2", "the event's isBase64Encoded is not a boolean"},
                {"\"isBase64Encoded\":{}", "the event's isBase64Encoded is not a boolean"},
                {"\"body\":12", "the event's body is not a string"},
                {"\"body\":{\"not\":\"text\"}", "the event's body is not a string"},
                {"\"headers\":[\"a\"]", "the event's headers is not an object"},
                {"\"headers\":\"a: b\"", "the event's headers is not an object"},
                {"\"cookies\":\"a=b\"", "the event's cookies is not an array"},
                {"\"rawQueryString\":[1]", "the event's rawQueryString is not a string"},
                {"\"rawPath\":7", "the event's rawPath is not a string"}}) {
            assertThatThrownBy(() -> read(v2 + wrong[0] + "}")).as(wrong[0])
                    .isInstanceOf(MalformedEventException.class).hasMessage(wrong[1]);
        }
        assertThatThrownBy(() -> read("{\"httpMethod\":\"GET\",\"path\":\"/p\",\"multiValueHeaders\":[]}"))
                .hasMessage("the event's multiValueHeaders is not an object");
        assertThatThrownBy(() -> read("{\"httpMethod\":\"GET\",\"path\":\"/p\",\"queryStringParameters\":1}"))
                .hasMessage("the event's queryStringParameters is not an object");
        assertThatThrownBy(() -> read("{\"httpMethod\":\"G T\",\"path\":\"/p\"}"))
                .hasMessage("the event's httpMethod is not an HTTP method");
        assertThatThrownBy(() -> read("{\"httpMethod\":\"GET\",\"path\":\"p\"}"))
                .hasMessage("the event's path does not start with /");
    }

    @Test
    void rawEvent_isTheWholeEventAsATree_madeOnFirstUse() throws Exception {
        String json = """
                {"version":"2.0","rawPath":"/x","requestContext":{"http":{"method":"GET"}},"extra":{"n":[1,2]}}
                """;
        HttpRequest request = read(json).request();

        Object tree = request.rawEvent().orElseThrow();
        assertThat(tree).isInstanceOf(JsonNode.class).isEqualTo(Json.mapper().readTree(json));
        assertThat(request.rawEvent().orElseThrow()).isSameAs(tree);
    }

    @Test
    void brokenOrNonObjectInput_isMalformed_sayingWhereButNotInTheParsersWords() {
        assertThatThrownBy(() -> read("[1,2")).isInstanceOf(MalformedEventException.class)
                .hasMessage("the event is not JSON (line 1, column 5)");
        assertThatThrownBy(() -> read("{\"version\":\"2.0\",\"headers\":{\"a\":")).isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("the event is not JSON (line 1, column ");
        assertThatThrownBy(() -> read("42")).hasMessage("the event is not a JSON object");
        assertThatThrownBy(() -> read("")).hasMessage("the event is not a JSON object");
        assertThatThrownBy(() -> read("{\"version\":\"2.0\",\"requestContext\":{\"http\":{\"method\":7}}}"))
                .hasMessage("the event has no requestContext.http.method");
        assertThatThrownBy(() -> read("{\"httpMethod\":\"GET\",\"path\":\"\"}")).hasMessage("the event has no path");
        assertThatThrownBy(() -> read("{\"requestContext\":[{\"http\":{}}]}"))
                .hasMessageContaining("neither an API Gateway");
    }
}
