package dev.skiff.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.api.HttpException;
import dev.skiff.api.MetricUnit;
import dev.skiff.api.Tracing;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Json;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.core.Router;
import dev.skiff.support.Results;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hand-written stand-in for a generated application: the router and invokers the processor
 * would write for a small items API.
 */
public final class TestApi {
    private static final Logger LOG = LoggerFactory.getLogger(TestApi.class);

    /** How many times any handler ran: priming must leave it at zero. */
    public static final AtomicInteger CALLS = new AtomicInteger();

    static final Route GET_ITEM = new Route("GET", "/items/{id}", "getItem", TestApi::getItem);
    static final Route LIST_ITEMS = new Route("GET", "/items", "listItems", TestApi::listItems);
    static final Route CREATE_ITEM = new Route("POST", "/items", "createItem", TestApi::createItem);
    static final Route ECHO = new Route("GET", "/echo", "echo", TestApi::echo);
    static final Route PUT_FILE = new Route("PUT", "/files/{name}", "putFile", TestApi::putFile);
    static final Route STREAM = new Route("GET", "/stream", "streamItems", TestApi::stream);
    static final Route STREAM_GATED = new Route("GET", "/stream/gated", "streamGated", TestApi::streamGated);
    static final Route TEXT = new Route("GET", "/text", "text", TestApi::text);
    static final Route PHOTO = new Route("GET", "/photo", "photo", TestApi::photo);
    static final Route EVENTS = new Route("GET", "/events", "events", TestApi::events);
    static final Route STREAM_FAILING = new Route("GET", "/stream/fails/{when}", "streamFailing",
            TestApi::streamFailing);

    /**
     * What {@code GET /stream/gated} waits for after its first element: a test opens it once it
     * has seen that element arrive, proving the first chunk left before the last existed.
     */
    public static volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    private TestApi() {}

    /** The application: items, echo, files and streams. */
    public static Application application() {
        Router router = (method, segments) -> {
            if (segments.length == 1 && segments[0].equals("items")) {
                return method.equals("GET") ? new Lookup.Found(LIST_ITEMS, new String[0])
                        : method.equals("POST") ? new Lookup.Found(CREATE_ITEM, new String[0])
                        : new Lookup.MethodNotAllowed(Set.of("GET", "POST"));
            }
            if (segments.length == 2 && segments[0].equals("items")) {
                return method.equals("GET") ? new Lookup.Found(GET_ITEM, new String[] {segments[1]})
                        : new Lookup.MethodNotAllowed(Set.of("GET"));
            }
            if (segments.length == 1 && segments[0].equals("echo") && method.equals("GET")) {
                return new Lookup.Found(ECHO, new String[0]);
            }
            if (segments.length == 2 && segments[0].equals("stream") && segments[1].equals("gated")) {
                return new Lookup.Found(STREAM_GATED, new String[0]);
            }
            if (segments.length == 3 && segments[0].equals("stream") && segments[1].equals("fails")) {
                return new Lookup.Found(STREAM_FAILING, new String[] {segments[2]});
            }
            if (segments.length == 1 && segments[0].equals("stream") && method.equals("GET")) {
                return new Lookup.Found(STREAM, new String[0]);
            }
            if (segments.length == 1 && method.equals("GET")) {
                switch (segments[0]) {
                    case "text":
                        return new Lookup.Found(TEXT, new String[0]);
                    case "photo":
                        return new Lookup.Found(PHOTO, new String[0]);
                    case "events":
                        return new Lookup.Found(EVENTS, new String[0]);
                    default:
                        break;
                }
            }
            if (segments.length == 2 && segments[0].equals("files") && method.equals("PUT")) {
                return new Lookup.Found(PUT_FILE, new String[] {segments[1]});
            }
            return Lookup.NotFound.INSTANCE;
        };
        return new Application("Test items", "1.0", router,
                List.of(GET_ITEM, LIST_ITEMS, CREATE_ITEM, ECHO, PUT_FILE, STREAM, STREAM_GATED, STREAM_FAILING,
                TEXT, PHOTO, EVENTS), () -> null);
    }

    private static HttpResponse getItem(Call call) throws IOException {
        CALLS.incrementAndGet();
        String id = call.pathValue(0);
        LOG.atInfo().addKeyValue("item_id", id).log("Fetching item");
        call.context().metrics().add("ItemViewed", 1, MetricUnit.COUNT);
        if (id.equals("boom")) {
            throw new IllegalStateException("the store is down");
        }
        if (id.equals("0")) {
            throw new HttpException(404, "Item not found");
        }
        String name = Tracing.inSubsegment("## loadItem", () -> "Item " + id);
        ObjectNode item = Json.mapper().createObjectNode().put("id", Long.parseLong(id)).put("name", name);
        return HttpResponse.json(200, Json.mapper().writeValueAsBytes(item));
    }

    private static HttpResponse listItems(Call call) throws IOException {
        CALLS.incrementAndGet();
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("tag", Json.mapper().valueToTree(call.queryAll("tag")));
        body.put("q", call.query("q"));
        return HttpResponse.json(200, Json.mapper().writeValueAsBytes(body));
    }

    private static HttpResponse createItem(Call call) throws IOException {
        CALLS.incrementAndGet();
        ObjectNode item = (ObjectNode) Json.mapper().readTree(call.request().body());
        item.put("id", 7);
        item.put("createdBy", call.context().caller().map(c -> c.principal()).orElse("anonymous"));
        return HttpResponse.json(201, Json.mapper().writeValueAsBytes(item));
    }

    private static HttpResponse echo(Call call) throws IOException {
        CALLS.incrementAndGet();
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("cookies", Json.mapper().valueToTree(call.request().cookies()));
        body.set("accept", Json.mapper().valueToTree(call.headerAll("Accept")));
        body.put("caller", call.context().caller().map(c -> c.kind() + " " + c.principal()).orElse("anonymous"));
        body.set("claims", Json.mapper().valueToTree(
                call.context().caller().map(c -> c.claims()).orElse(java.util.Map.of())));
        HttpResponse response = HttpResponse.json(200, Json.mapper().writeValueAsBytes(body));
        response.headers().add("Set-Cookie", "session=abc; HttpOnly");
        response.headers().add("Set-Cookie", "theme=dark");
        response.headers().add("X-Multi", "one");
        response.headers().add("X-Multi", "two");
        return response;
    }

    private static HttpResponse putFile(Call call) {
        CALLS.incrementAndGet();
        HttpResponse response = HttpResponse.bytes(200, "application/octet-stream", call.request().body());
        response.headers().set("x-file-name", call.pathValue(0));
        return response;
    }

    private static HttpResponse stream(Call call) {
        CALLS.incrementAndGet();
        return Results.jsonLines(200, dev.skiff.support.json.Codecs.ANY, Stream.of(1, 2, 3).map(i -> java.util.Map.of("id", i)));
    }

    private static HttpResponse streamGated(Call call) {
        CALLS.incrementAndGet();
        java.util.concurrent.CountDownLatch waitFor = gate;
        Stream<java.util.Map<String, Integer>> elements = Stream.of(1, 2, 3).map(i -> {
            awaitGateBeforeTheSecond(waitFor, i);
            return java.util.Map.of("id", i);
        });
        HttpResponse response = Results.jsonLines(200, dev.skiff.support.json.Codecs.ANY, elements);
        response.headers().add("Set-Cookie", "seen=1");
        response.headers().add("X-Stream", "gated");
        return response;
    }

    /** Holds the second element until the test opens {@code waitFor}. */
    private static void awaitGateBeforeTheSecond(java.util.concurrent.CountDownLatch waitFor, int element) {
        if (element != 2) {
            return;
        }
        try {
            if (!waitFor.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stopped);
        }
    }

    /** Plain text whose Content-Type is set twice: it must be sent once. */
    private static HttpResponse text(Call call) throws IOException {
        CALLS.incrementAndGet();
        return Results.response(dev.skiff.api.Response.text("plain words")
                .header("Content-Type", "text/plain; charset=utf-8"), dev.skiff.support.json.Codecs.STRING);
    }

    private static HttpResponse photo(Call call) throws IOException {
        CALLS.incrementAndGet();
        return Results.response(dev.skiff.api.Response.bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF},
                "image/png"), null);
    }

    /** Three server-sent events; the second waits for {@link #gate}, as {@code /stream/gated} does. */
    private static HttpResponse events(Call call) {
        CALLS.incrementAndGet();
        java.util.concurrent.CountDownLatch waitFor = gate;
        return Results.events(200, Stream.of(1, 2, 3).map(i -> {
            awaitGateBeforeTheSecond(waitFor, i);
            return dev.skiff.api.ServerSentEvent.of("item " + i + "\nmore").event("item").id(String.valueOf(i));
        }));
    }

    /** {@code first}: fails before its first element; {@code midway}: after it; {@code error}: with an Error. */
    private static HttpResponse streamFailing(Call call) {
        CALLS.incrementAndGet();
        String when = call.pathValue(0);
        boolean first = when.equals("first");
        Stream<java.util.Map<String, Integer>> elements = Stream.of(1, 2).map(i -> {
            if (when.equals("error") && i == 2) {
                throw new AssertionError("an invariant broke");
            }
            if (first || i == 2) {
                throw new IllegalStateException("the store went away");
            }
            return java.util.Map.of("id", i);
        });
        return Results.jsonLines(200, dev.skiff.support.json.Codecs.ANY, elements);
    }
}
