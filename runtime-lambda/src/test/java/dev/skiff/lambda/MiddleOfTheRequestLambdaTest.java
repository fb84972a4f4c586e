package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.CorsPolicy;
import dev.skiff.core.HttpResponse;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The application's CORS policy, exception handlers and interceptors through the Lambda handler,
 * with the REST (1.0), HTTP API (2.0) and Function URL event formats: the same answers as on the
 * local server.
 */
class MiddleOfTheRequestLambdaTest {
    private static final String SITE = "https://app.example.com";
    private final List<String> calls = new CopyOnWriteArrayList<>();

    /** The three event formats, for {@code method path} from {@link #SITE}. */
    enum Format {
        REST {
            @Override
            String event(String method, String path, String extraHeaders) {
                return "{\"resource\":\"" + path + "\",\"path\":\"" + path + "\",\"httpMethod\":\"" + method + "\","
                        + "\"headers\":{\"Origin\":\"" + SITE + "\"" + extraHeaders + "},"
                        + "\"requestContext\":{\"stage\":\"prod\",\"requestId\":\"r-1\","
                        + "\"identity\":{\"sourceIp\":\"192.0.2.1\"}},\"body\":null,\"isBase64Encoded\":false}";
            }
        },
        HTTP_API {
            @Override
            String event(String method, String path, String extraHeaders) {
                return "{\"version\":\"2.0\",\"routeKey\":\"" + method + " " + path + "\",\"rawPath\":\"" + path
                        + "\",\"rawQueryString\":\"\",\"headers\":{\"origin\":\"" + SITE + "\"" + extraHeaders + "},"
                        + "\"requestContext\":{\"http\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\"},"
                        + "\"requestId\":\"r-2\",\"stage\":\"$default\"},\"isBase64Encoded\":false}";
            }
        },
        FUNCTION_URL {
            @Override
            String event(String method, String path, String extraHeaders) {
                return "{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"" + path
                        + "\",\"rawQueryString\":\"\",\"headers\":{\"origin\":\"" + SITE + "\"" + extraHeaders + "},"
                        + "\"requestContext\":{\"domainName\":\"abc.lambda-url.eu-west-1.on.aws\","
                        + "\"http\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\"},"
                        + "\"requestId\":\"r-3\"},\"isBase64Encoded\":false}";
            }
        };

        abstract String event(String method, String path, String extraHeaders);
    }

    private TestHandler handler() {
        return TestHandler.create(TestApi.application()
                .withCors(CorsPolicy.allowOrigins(SITE))
                .withInterceptor((route, context, call, next) -> {
                    calls.add("outer " + context.operationId());
                    return next.invoke(call);
                })
                .withInterceptor((route, context, call, next) -> {
                    calls.add("inner " + route.template());
                    return next.invoke(call);
                })
                .withExceptionHandler(RuntimeException.class, (e, context) -> HttpResponse.text(503, "later"))
                .withExceptionHandler(IllegalStateException.class, (e, context) -> HttpResponse.json(409,
                        "{\"detail\":\"conflict\"}".getBytes(StandardCharsets.UTF_8))));
    }

    private static JsonNode invoke(TestHandler handler, Format format, String method, String path, String extra) {
        return handler.invoke(format.event(method, path, extra).getBytes(StandardCharsets.UTF_8),
                new LambdaTestContext("req"));
    }

    private static String header(JsonNode response, String name) {
        JsonNode headers = response.get("headers");
        return headers != null && headers.has(name) ? headers.get(name).asText() : null;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theMostSpecificHandlerAnswers_andNamesTheOrigin(Format format) {
        JsonNode response = invoke(handler(), format, "GET", "/items/boom", "");

        assertThat(response.get("statusCode").asInt()).isEqualTo(409);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"conflict\"}");
        assertThat(header(response, "access-control-allow-origin")).isEqualTo(SITE);
        assertThat(calls).containsExactly("outer getItem", "inner /items/{id}");
    }

    /** The metrics see the answer the exception handler made (a 409), not the 500 it replaced. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void metricsSeeTheHandlersStatus(Format format) {
        TestHandler handler = handler();
        invoke(handler, format, "GET", "/items/boom", "");

        JsonNode request = handler.emfDocuments().stream().filter(d -> d.has("RequestCount")).findFirst()
                .orElseThrow(() -> new AssertionError(handler.lines().toString()));
        assertThat(request.get("ClientError").asDouble()).isEqualTo(1.0);
        assertThat(request.has("Failure")).as("a Failure metric in %s", request).isFalse();
        assertThat(request.get("route").asText()).isEqualTo("GET /items/{id}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aNotFoundNamesTheOriginToo(Format format) {
        JsonNode response = invoke(handler(), format, "GET", "/nowhere", "");

        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
        assertThat(header(response, "access-control-allow-origin")).isEqualTo(SITE);
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anUnhandledFailuresFiveHundredNamesTheOrigin(Format format) {
        TestHandler corsOnly = TestHandler.create(TestApi.application().withCors(CorsPolicy.allowOrigins(SITE)));

        JsonNode response = invoke(corsOnly, format, "GET", "/items/boom", "");

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(header(response, "access-control-allow-origin")).isEqualTo(SITE);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aPreflightIsAnsweredByThePolicy(Format format) {
        JsonNode response = invoke(handler(), format, "OPTIONS", "/items/1",
                ",\"access-control-request-method\":\"DELETE\"");

        assertThat(response.get("statusCode").asInt()).isEqualTo(204);
        assertThat(header(response, "access-control-allow-origin")).isEqualTo(SITE);
        assertThat(header(response, "access-control-allow-methods")).contains("DELETE");
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anApplicationsOwnPolicyWinsOverTheDeploymentsVariable(Format format) {
        TestHandler handler = TestHandler.create(java.util.Map.of("ALLOWED_ORIGINS", "https://other.example.com"));
        TestHandler own = TestHandler.create(TestApi.application().withCors(CorsPolicy.anyOrigin()),
                java.util.Map.of("ALLOWED_ORIGINS", "https://other.example.com"));

        assertThat(header(invoke(handler, format, "GET", "/items/1", ""), "access-control-allow-origin")).isNull();
        assertThat(header(invoke(own, format, "GET", "/items/1", ""), "access-control-allow-origin")).isEqualTo("*");
    }
}
