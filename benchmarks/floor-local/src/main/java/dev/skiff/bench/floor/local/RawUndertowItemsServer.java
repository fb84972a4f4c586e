package dev.skiff.bench.floor.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for the local-server benchmarks: the sample's {@code GET /items/{id}} and
 * {@code POST /items} written by hand on Undertow and Jackson, doing the same work (blocking
 * work off the IO threads, body size limit, JSON in and out, if-statement validation,
 * correlation id header) with nothing generic in between.
 *
 * <pre>{@code
 * PORT=8081 java -jar skiff-bench-floor-local-0.1.0-SNAPSHOT-all.jar
 * }</pre>
 */
public final class RawUndertowItemsServer implements HttpHandler {
    private static final HttpString CORRELATION_ID = new HttpString("x-correlation-id");
    private static final long MAX_BODY = 6L * 1024 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectReader NEW_ITEM = MAPPER.readerFor(FloorNewItem.class);
    private static final ObjectWriter ITEM = MAPPER.writerFor(FloorItem.class);
    private static final ObjectWriter ANY = MAPPER.writer();

    private final Map<Long, FloorItem> items = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8081"));
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(new BlockingHandler(new RawUndertowItemsServer()))
                .build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("raw Undertow items floor on http://127.0.0.1:" + port);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String correlationId = exchange.getRequestHeaders().getFirst(CORRELATION_ID);
        exchange.getResponseHeaders().put(CORRELATION_ID, correlationId == null ? UUID.randomUUID().toString() : correlationId);
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        if (path.equals("/items")) {
            if (method.equals("POST")) {
                create(exchange);
            } else {
                detail(exchange, 405, "Method Not Allowed");
            }
        } else if (path.startsWith("/items/") && path.indexOf('/', 7) < 0) {
            if (method.equals("GET")) {
                get(exchange, path.substring(7));
            } else {
                detail(exchange, 405, "Method Not Allowed");
            }
        } else {
            detail(exchange, 404, "Not Found");
        }
    }

    private void get(HttpServerExchange exchange, String idText) throws IOException {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            send(exchange, 422, ANY.writeValueAsBytes(Map.of("detail", List.of(Map.of(
                    "type", "int_parsing", "loc", List.of("path", "id"),
                    "msg", "Input should be a valid integer, unable to parse string as an integer", "input", idText)))));
            return;
        }
        FloorItem item = items.get(id);
        if (item == null) {
            detail(exchange, 404, "Item not found");
            return;
        }
        send(exchange, 200, ITEM.writeValueAsBytes(item));
    }

    private void create(HttpServerExchange exchange) throws IOException {
        if (exchange.getRequestContentLength() > MAX_BODY) {
            detail(exchange, 413, "Request body too large");
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith("application/json")) {
            detail(exchange, 415, "Unsupported Media Type");
            return;
        }
        byte[] body = exchange.getInputStream().readNBytes((int) MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            detail(exchange, 413, "Request body too large");
            return;
        }
        FloorNewItem newItem;
        try {
            newItem = NEW_ITEM.readValue(body);
        } catch (JsonProcessingException e) {
            send(exchange, 422, ANY.writeValueAsBytes(Map.of("detail", List.of(Map.of(
                    "type", "json_invalid", "loc", List.of("body", 0), "msg", "JSON decode error")))));
            return;
        }
        List<Map<String, Object>> problems = FloorItemChecks.check(newItem);
        if (!problems.isEmpty()) {
            send(exchange, 422, ANY.writeValueAsBytes(Map.of("detail", problems)));
            return;
        }
        long id = ids.incrementAndGet();
        FloorItem item = new FloorItem(id, newItem.name(), newItem.price(),
                newItem.tags() == null ? List.of() : List.copyOf(newItem.tags()), newItem.dimensions(), newItem.contactEmail());
        items.put(id, item);
        send(exchange, 201, ITEM.writeValueAsBytes(item));
    }

    private static void detail(HttpServerExchange exchange, int status, String detail) throws IOException {
        send(exchange, status, ANY.writeValueAsBytes(Map.of("detail", detail)));
    }

    private static void send(HttpServerExchange exchange, int status, byte[] json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, json.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(json));
    }
}
