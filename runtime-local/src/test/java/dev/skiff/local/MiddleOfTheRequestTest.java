package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.api.HttpException;
import dev.skiff.core.CorsPolicy;
import dev.skiff.core.HttpResponse;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's CORS policy, exception handlers and interceptors over real HTTP: configured
 * once on the application, they run on the local server as on every Lambda path.
 */
class MiddleOfTheRequestTest {
    private static final String SITE = "https://app.example.com";
    private static final List<String> calls = new CopyOnWriteArrayList<>();
    private static LocalServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        var application = new TestApplication().application()
                .withCors(CorsPolicy.allowOrigins(SITE))
                .withInterceptor((route, context, call, next) -> {
                    calls.add("outer before " + route.template());
                    try {
                        HttpResponse response = next.invoke(call);
                        calls.add("outer after " + response.status());
                        return response;
                    } catch (Exception e) {
                        calls.add("outer saw " + e.getClass().getSimpleName());
                        throw e;
                    }
                })
                .withInterceptor((route, context, call, next) -> {
                    calls.add("inner before " + context.operationId());
                    HttpResponse response = next.invoke(call);
                    calls.add("inner after " + response.status());
                    return response;
                })
                .withExceptionHandler(RuntimeException.class, (e, context) ->
                        HttpResponse.json(503, "{\"detail\":\"try again\"}".getBytes(StandardCharsets.UTF_8)))
                .withExceptionHandler(IllegalStateException.class, (e, context) ->
                        HttpResponse.json(409, ("{\"detail\":\"conflict in " + context.routeTemplate() + "\"}")
                                .getBytes(StandardCharsets.UTF_8)))
                .withExceptionHandler(HttpException.class, (e, context) ->
                        HttpResponse.text(e.status(), "teapot says: " + e.detail()));
        server = LocalServer.builder(application).port(0).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        calls.clear();
    }

    @Test
    void aPreflightIsAnswered204WithoutReachingAnOperation() throws Exception {
        var response = http.send(http.request("/items/1").method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", SITE)
                .header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "authorization, content-type"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue(SITE);
        assertThat(response.headers().firstValue("access-control-allow-methods").orElseThrow()).contains("DELETE");
        assertThat(response.headers().firstValue("access-control-allow-headers"))
                .hasValue("authorization, content-type");
        assertThat(response.headers().allValues("vary")).containsExactly("Origin");
        assertThat(calls).isEmpty();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() throws Exception {
        var response = http.send(http.request("/items/1").method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "DELETE"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void theOriginIsNamedOnA404AndAFailure() throws Exception {
        var notFound = http.send(http.request("/nowhere").header("Origin", SITE).GET());
        var methodNotAllowed = http.send(http.request("/hello").header("Origin", SITE)
                .POST(BodyPublishers.ofString("{}")));

        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("access-control-allow-origin")).hasValue(SITE);
        assertThat(notFound.headers().allValues("vary")).contains("Origin");
        assertThat(methodNotAllowed.statusCode()).isEqualTo(405);
        assertThat(methodNotAllowed.headers().firstValue("access-control-allow-origin")).hasValue(SITE);
    }

    @Test
    void theMostSpecificExceptionHandlerWins() throws Exception {
        // /boom throws IllegalStateException: its own handler, not RuntimeException's.
        var boom = http.send(http.request("/boom").header("Origin", SITE).GET());

        assertThat(boom.statusCode()).isEqualTo(409);
        assertThat(boom.body()).isEqualTo("{\"detail\":\"conflict in /boom\"}");
        assertThat(boom.headers().firstValue("access-control-allow-origin")).hasValue(SITE);
        assertThat(boom.headers().allValues("content-type")).containsExactly("application/json");
    }

    @Test
    void aHandlerCanReplaceTheErrorTablesOwnAnswer() throws Exception {
        var teapot = http.get("/teapot");

        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(teapot.body()).isEqualTo("teapot says: I'm a teapot");
    }

    @Test
    void interceptorsRunInOrder_andSeeTheOutcome() throws Exception {
        http.get("/hello");
        assertThat(calls).containsExactly("outer before /hello", "inner before get_hello", "inner after 200",
                "outer after 200");

        calls.clear();
        http.get("/boom");
        assertThat(calls).containsExactly("outer before /boom", "inner before get_boom", "outer saw IllegalStateException");
    }

    @Test
    void anUnhandledFailuresFiveHundredNamesTheOrigin() throws Exception {
        try (LocalServer corsOnly = LocalServer.builder(new TestApplication().application()
                .withCors(CorsPolicy.allowOrigins(SITE))).port(0).build().start()) {
            var boom = new Http(corsOnly).send(new Http(corsOnly).request("/boom").header("Origin", SITE).GET());

            assertThat(boom.statusCode()).isEqualTo(500);
            assertThat(boom.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
            assertThat(boom.headers().firstValue("access-control-allow-origin")).hasValue(SITE);
        }
    }

    @Test
    void withoutAnOriginNoCorsHeaderIsAdded() throws Exception {
        assertThat(http.get("/hello").headers().firstValue("access-control-allow-origin")).isEmpty();
    }
}
