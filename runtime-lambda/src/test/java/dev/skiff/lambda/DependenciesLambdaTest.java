package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.api.CallerIdentity;
import dev.skiff.api.HttpException;
import dev.skiff.api.Resolver;
import dev.skiff.core.Application;
import dev.skiff.core.Route;
import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import dev.skiff.support.json.Codecs;
import dev.skiff.test.LambdaTestContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dependencies ({@code @Depends}) through the Lambda handler with the REST (1.0), HTTP API (2.0)
 * and Function URL event formats: invokers written as the processor writes them
 * ({@code call.resolve(Type.class)}), a resolver built on the caller identity, its 401 and its
 * close step after a failed request.
 */
class DependenciesLambdaTest {
    record CurrentUser(String name) {}

    static final class Session {}

    private final List<String> events = new CopyOnWriteArrayList<>();

    enum Format {
        REST {
            @Override
            String event(String path, String authorizer) {
                return "{\"resource\":\"" + path + "\",\"path\":\"" + path + "\",\"httpMethod\":\"GET\",\"headers\":{},"
                        + "\"requestContext\":{\"stage\":\"prod\",\"requestId\":\"r-1\","
                        + (authorizer == null ? "" : "\"authorizer\":{\"claims\":{\"sub\":\"" + authorizer + "\"}},")
                        + "\"identity\":{\"sourceIp\":\"192.0.2.1\"}},\"body\":null,\"isBase64Encoded\":false}";
            }
        },
        HTTP_API {
            @Override
            String event(String path, String authorizer) {
                return "{\"version\":\"2.0\",\"routeKey\":\"GET " + path + "\",\"rawPath\":\"" + path
                        + "\",\"rawQueryString\":\"\",\"headers\":{},\"requestContext\":{"
                        + (authorizer == null ? "" : "\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"" + authorizer
                                + "\"}}},")
                        + "\"http\":{\"method\":\"GET\",\"path\":\"" + path + "\"},"
                        + "\"requestId\":\"r-2\",\"stage\":\"$default\"},\"isBase64Encoded\":false}";
            }
        },
        FUNCTION_URL {
            @Override
            String event(String path, String authorizer) {
                return "{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"" + path
                        + "\",\"rawQueryString\":\"\",\"headers\":{},\"requestContext\":{"
                        + (authorizer == null ? "" : "\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"" + authorizer
                                + "\"}}},")
                        + "\"domainName\":\"abc.lambda-url.eu-west-1.on.aws\","
                        + "\"http\":{\"method\":\"GET\",\"path\":\"" + path + "\"},"
                        + "\"requestId\":\"r-3\"},\"isBase64Encoded\":false}";
            }
        };

        abstract String event(String path, String authorizer);
    }

    private static Application application() {
        List<Route> routes = List.of(
                new Route("GET", "/me", "me", call -> Results.json(200, Codecs.ANY,
                        call.resolve(CurrentUser.class).name()), List.of(CurrentUser.class)),
                new Route("GET", "/fail", "fail", call -> {
                    call.resolve(Session.class);
                    throw new IllegalStateException("secret internals");
                }, List.of(Session.class)));
        return new Application("Deps", "1", new TreeRouter(routes), routes, () -> null);
    }

    private TestHandler handler() {
        return TestHandler.create(application()
                .withResolver(CurrentUser.class, context -> context.caller().map(c -> new CurrentUser(c.principal()))
                        .orElseThrow(() -> new HttpException(401, "Not authenticated")))
                .withResolver(Session.class, Resolver.closing(context -> {
                    events.add("resolved");
                    return new Session();
                }, session -> events.add("closed"))));
    }

    private static JsonNode invoke(TestHandler handler, Format format, String path, String authorizer) {
        return handler.invoke(format.event(path, authorizer).getBytes(StandardCharsets.UTF_8),
                new LambdaTestContext("req"));
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"REST", "HTTP_API"})
    void aResolverBuildsOnTheCallerIdentity(Format format) {
        JsonNode response = invoke(handler(), format, "/me", "user-1");

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(response.get("body").asText()).isEqualTo("\"user-1\"");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aResolverWithoutACaller_answers401(Format format) {
        JsonNode response = invoke(handler(), format, "/me", null);

        assertThat(response.get("statusCode").asInt()).isEqualTo(401);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theCloseStepRunsAfterAFailedRequest(Format format) {
        JsonNode response = invoke(handler(), format, "/fail", null);

        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(events).containsExactly("resolved", "closed");
    }

    @Test
    void aMissingResolverRefusesToStart() {
        assertThatThrownBy(() -> TestHandler.create(application()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no resolver for " + CurrentUser.class.getName() + " (used by me)")
                .hasMessageContaining(Session.class.getName() + " (used by fail)");
    }
}
