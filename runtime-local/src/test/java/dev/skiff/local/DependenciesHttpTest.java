package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.CallerIdentity;
import dev.skiff.api.HttpException;
import dev.skiff.api.Resolver;
import dev.skiff.core.Application;
import dev.skiff.core.Route;
import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import dev.skiff.support.json.Codecs;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dependencies ({@code @Depends}) over real HTTP: invokers written as the processor writes them
 * ({@code call.resolve(Type.class)}) against the application's resolvers.
 */
class DependenciesHttpTest {
    record CurrentUser(String name) {}

    static final class Session {
        volatile boolean closed;
    }

    private static final List<String> events = new CopyOnWriteArrayList<>();
    private static final CountDownLatch closed = new CountDownLatch(1);
    private static LocalServer server;
    private static Http http;

    private static Application application() {
        List<Route> routes = List.of(
                new Route("GET", "/me", "me", call -> {
                    CurrentUser user = call.resolve(CurrentUser.class);
                    return Results.json(200, Codecs.ANY, user.name());
                }, List.of(CurrentUser.class)),
                new Route("GET", "/fail", "fail", call -> {
                    Session session = call.resolve(Session.class);
                    events.add("handler saw closed=" + session.closed);
                    throw new IllegalStateException("secret internals");
                }, List.of(Session.class)),
                new Route("GET", "/caller", "caller", call -> Results.json(200, Codecs.ANY,
                        call.resolve(CallerIdentity.class).principal()), List.of(CallerIdentity.class)));
        return new Application("Deps", "1", new TreeRouter(routes), routes, () -> null);
    }

    @BeforeAll
    static void start() {
        Application app = application()
                .withResolver(CurrentUser.class, context -> context.caller().map(c -> new CurrentUser(c.principal()))
                        .or(() -> context.header("x-user").map(CurrentUser::new))
                        .orElseThrow(() -> new HttpException(401, "Not authenticated")))
                .withResolver(Session.class, Resolver.closing(context -> new Session(), session -> {
                    session.closed = true;
                    events.add("closed");
                    closed.countDown();
                }));
        server = LocalServer.builder(app).port(0).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void dependencyIsResolvedFromTheRequest() throws Exception {
        var response = http.send(http.request("/me").header("x-user", "ada").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("\"ada\"");
    }

    @Test
    void resolverThrowingHttpException_answers401() throws Exception {
        var response = http.get("/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @Test
    void closeStepRunsAfterAFailedRequest() throws Exception {
        var response = http.get("/fail");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("handler saw closed=false", "closed");
    }

    @Test
    void callerIdentityWithoutACaller_is401() throws Exception {
        assertThat(http.get("/caller").statusCode()).isEqualTo(401);
    }

    @Test
    void aMissingResolverRefusesToStart() {
        assertThatThrownBy(() -> LocalServer.builder(application()).port(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no resolver for " + CurrentUser.class.getName() + " (used by me)");
    }
}
