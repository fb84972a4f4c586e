package dev.skiff.local;

import dev.skiff.api.HttpException;
import dev.skiff.api.Response;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;
import dev.skiff.core.Json;
import dev.skiff.core.Route;
import dev.skiff.support.Bodies;
import dev.skiff.support.Converters;
import dev.skiff.support.Params;
import dev.skiff.support.Problems;
import dev.skiff.support.Results;
import dev.skiff.support.json.Codecs;
import dev.skiff.support.json.DatabindCodec;
import dev.skiff.support.json.JsonCodec;
import dev.skiff.support.TreeRouter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A hand-written application standing in for generated code: a router over a few templates
 * and invokers that echo what the adapter handed them, fail, wait or stream on command.
 */
final class TestApplication {
    record NewItem(String name, int price) {}

    private static final JsonCodec<Object> JSON = Codecs.ANY;
    private static final JsonCodec<NewItem> NEW_ITEM = DatabindCodec.of(() -> Json.types().constructType(NewItem.class));

    /** Opened by a test to let a waiting handler or stream go on. */
    final CountDownLatch release = new CountDownLatch(1);
    /** Counted down when a waiting handler or stream has started waiting. */
    final CountDownLatch waiting = new CountDownLatch(1);

    private final String greeting;
    private final List<Route> routes = new ArrayList<>();

    TestApplication() {
        this("hello");
    }

    TestApplication(String greeting) {
        this.greeting = greeting;
        add("GET", "/hello", call -> Results.json(200, JSON, Map.of("message", greeting)));
        add("GET", "/echo/{value}", call -> Results.json(200, JSON,
                Map.of("value", call.pathValue(0), "rawPath", call.request().rawPath())));
        add("GET", "/items/{id}", this::getItem);
        add("DELETE", "/items/{id}", call -> Results.empty(204));
        add("POST", "/items", this::createItem);
        add("GET", "/query", call -> Results.json(200, JSON, call.request().query()));
        add("GET", "/headers", call -> Results.json(200, JSON, Map.of(
                "x-test", call.headerAll("x-test"), "cookies", call.request().cookies())));
        add("GET", "/caller", call -> Results.json(200, JSON,
                call.context().caller().map(c -> c.kind() + " " + c.principal()).orElse("nobody")));
        add("GET", "/boom", call -> {
            throw new IllegalStateException("secret internals");
        });
        add("GET", "/teapot", call -> {
            throw new HttpException(418, "I'm a teapot");
        });
        add("GET", "/slow", call -> {
            waiting.countDown();
            await();
            return Results.json(200, JSON, Map.of("message", "finally " + greeting));
        });
        add("GET", "/stream-fails", call -> Results.jsonLines(200, JSON, Stream.of(1, 2, 3).map(n -> {
            if (n == 2) {
                throw new IllegalStateException("the source broke");
            }
            return Map.of("n", n);
        })));
        add("GET", "/text", call -> Results.response(Response.text("plain words")
                .header("Content-Type", "text/plain; charset=utf-8"), Codecs.STRING));
        add("GET", "/html", call -> Results.text(200, "text/html", "<h1>Hi</h1>"));
        add("GET", "/bytes", call -> Results.response(Response.bytes(new byte[] {0, 1, 2, (byte) 0xFF}, "image/png"),
                null));
        add("GET", "/events", call -> Results.events(200, Stream.of(1, 2, 3).map(n -> {
            if (n == 2) {
                waiting.countDown();
                await();
            }
            return ServerSentEvent.of("event " + n + "\nsecond line").event("tick").id(String.valueOf(n));
        })));
        // answers with the thread that ran it, so tests see where a @NonBlocking route runs
        Invoker where = call -> Results.json(200, JSON, Map.of("thread", Thread.currentThread().getName(),
                "bytes", call.request().body().length));
        routes.add(new Route("POST", "/fast", "fast", where).asNonBlocking());
        routes.add(new Route("GET", "/fast/{id}", "fastGet", where).asNonBlocking());
        add("POST", "/blocking", where);
        add("GET", "/stream", call -> HttpResponse.streaming(200, Results.JSON_LINES, sink -> {
            sink.write(line("{\"n\":1}"));
            waiting.countDown();
            await();
            sink.write(line("{\"n\":2}"));
            sink.write(line("{\"n\":3}"));
        }));
    }

    Application application() {
        return new Application("Test API", "1.2.3", new TreeRouter(routes), routes,
                () -> TestApplication.class.getResourceAsStream("/test-openapi.json"));
    }

    private HttpResponse getItem(Call call) throws Exception {
        Problems problems = new Problems();
        Long id = Params.required(call.pathValue(0), Converters.LONG, List.of("path", "id"), problems);
        problems.throwIfAny();
        if (id > 100) {
            throw new HttpException(404, "Item " + id + " not found");
        }
        return Results.json(200, JSON, Map.of("id", id, "name", "item " + id));
    }

    private HttpResponse createItem(Call call) throws Exception {
        Problems problems = new Problems();
        NewItem item = Bodies.read(call.request(), NEW_ITEM, true, problems);
        problems.throwIfAny();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("name", item.name());
        created.put("price", item.price());
        created.put("bytes", call.request().body().length);
        return Results.json(201, JSON, created);
    }

    private void await() {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the handler");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] line(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void add(String method, String template, Invoker invoker) {
        routes.add(new Route(method, template, method.toLowerCase() + template.replaceAll("[^a-z]", "_"), invoker));
    }
}
