package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.Resolver;
import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Resolvers: once per request, close steps in reverse order after the answer, after a stream, despite failures. */
class DependenciesTest {
    record First(String name) {}

    record Second(String name) {}

    private final List<String> log = new CopyOnWriteArrayList<>();

    private final Route both = new Route("GET", "/both", "both", call -> {
        call.resolve(First.class);
        call.resolve(Second.class);
        call.resolve(First.class);
        return Results.empty(204);
    }, List.of(First.class, Second.class));
    private final Route streamed = new Route("GET", "/stream", "stream", call -> {
        First first = call.resolve(First.class);
        return Results.jsonLines(200, dev.skiff.support.json.Codecs.ANY,
                Stream.of(1, 2).map(n -> {
                    log.add("chunk " + n + " of " + first.name());
                    return n;
                }));
    }, List.of(First.class));
    private final List<Route> routes = List.of(both, streamed);
    private final Application app = new Application("T", "1", new TreeRouter(routes), routes,
            () -> new ByteArrayInputStream(new byte[0]));

    private Application resolving() {
        return app
                .withResolver(First.class, Resolver.closing(context -> {
                    log.add("resolve first");
                    return new First("a");
                }, first -> log.add("close first")))
                .withResolver(Second.class, Resolver.closing(context -> {
                    log.add("resolve second");
                    return new Second("b");
                }, second -> {
                    log.add("close second");
                    throw new IOException("a close step failed");
                }));
    }

    private static Exchange get(Application app, String path) {
        return new Dispatcher(app, List.of()).dispatch(HttpRequest.builder("GET", path).build());
    }

    @Test
    void eachTypeIsResolvedOnce_andClosedLastFirst_evenWhenAnotherCloseStepFails() {
        Exchange exchange = get(resolving(), "/both");

        assertThat(exchange.response().status()).isEqualTo(204);
        assertThat(log).containsExactly("resolve first", "resolve second", "close second", "close first");
    }

    @Test
    void aStreamsDependenciesAreClosedAfterItsLastChunk() throws IOException {
        Exchange exchange = get(resolving(), "/stream");
        assertThat(log).containsExactly("resolve first");

        List<String> chunks = new ArrayList<>();
        exchange.response().stream().writeTo(chunk -> chunks.add(new String(chunk, StandardCharsets.UTF_8)));

        assertThat(chunks).containsExactly("1\n", "2\n");
        assertThat(log).containsExactly("resolve first", "chunk 1 of a", "chunk 2 of a", "close first");
    }

    @Test
    void aHeadOnAStreamedOperation_closesAtOnce_sinceNoStreamIsWritten() {
        Exchange exchange = new Dispatcher(resolving(), List.of()).dispatch(HttpRequest.builder("HEAD", "/stream").build());

        assertThat(exchange.response().isStreaming()).isFalse();
        assertThat(log).containsExactly("resolve first", "close first");
    }

    @Test
    void aRouteWithoutItsResolvers_refusesToStart() {
        assertThatThrownBy(() -> new Dispatcher(app.withResolver(First.class, context -> new First("a")), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the application has no resolver for " + Second.class.getName() + " (used by both); "
                        + "register each with withResolver(Type.class, context -> ...) before starting it");
    }

    @Test
    void aTypeTakesOneResolver() {
        Application once = app.withResolver(First.class, context -> new First("a"));

        assertThatThrownBy(() -> once.withResolver(First.class, context -> new First("b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(First.class.getName() + " already has a resolver");
    }

    @Test
    void aCallTheDispatcherDidNotMake_cannotResolve() {
        Call call = new Call(HttpRequest.builder("GET", "/").build(), new String[0], null);

        assertThatThrownBy(() -> call.resolve(First.class)).isInstanceOf(IllegalStateException.class);
    }
}
