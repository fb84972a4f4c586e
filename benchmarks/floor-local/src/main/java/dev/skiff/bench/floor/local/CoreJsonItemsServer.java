package dev.skiff.bench.floor.local;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.undertow.Undertow;
import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floors for issue 20's throughput comparison: the sample's {@code GET /items/{id}},
 * {@code POST /items} and {@code POST /items/{id}/adjustments} written by hand on Undertow and
 * jackson-core (streaming parser and generator, no databind, as Skiff's generated codecs),
 * with if-statement validation, FastAPI-shaped 422s and the correlation id header.
 *
 * <p>Two ways to run the same handler, chosen by the first argument:
 * <ul>
 *   <li>{@code dispatch}: every request is dispatched to a worker thread and its body read with
 *       the blocking input stream, the safe default for handlers that block (what runtime-local does);</li>
 *   <li>{@code io}: the request stays on the IO thread and the body arrives through
 *       {@code Receiver.receiveFullBytes}; nothing may block.</li>
 * </ul>
 *
 * <pre>{@code
 * PORT=18085 java -cp skiff-bench-floor-local-0.1.0-SNAPSHOT-all.jar dev.skiff.bench.floor.local.CoreJsonItemsServer io
 * }</pre>
 */
public final class CoreJsonItemsServer implements HttpHandler {
    private static final HttpString CORRELATION_ID = new HttpString("x-correlation-id");
    private static final int MAX_BODY = 6 * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] EMPTY = new byte[0];
    private static final String ADJUSTMENTS = "/adjustments";

    private final boolean onIoThread;
    private final Map<Long, FloorItem> items = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private CoreJsonItemsServer(boolean onIoThread) {
        this.onIoThread = onIoThread;
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "dispatch";
        if (!mode.equals("dispatch") && !mode.equals("io")) {
            throw new IllegalArgumentException("mode must be dispatch or io, not " + mode);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8081"));
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setHandler(new CoreJsonItemsServer(mode.equals("io")))
                .build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("jackson-core items floor (" + mode + ") on http://127.0.0.1:" + port);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        boolean hasBody = exchange.getRequestContentLength() != 0 && !exchange.isRequestComplete();
        if (onIoThread) {
            if (!hasBody) {
                answer(exchange, EMPTY);
                return;
            }
            if (exchange.getRequestContentLength() > MAX_BODY) {
                tooLarge(exchange);
                return;
            }
            Receiver receiver = exchange.getRequestReceiver();
            receiver.setMaxBufferSize(MAX_BODY);
            receiver.receiveFullBytes(this::answerQuietly, (ex, e) -> {
                if (e instanceof RequestTooBigException) {
                    tooLarge(ex);
                } else {
                    ex.setPersistent(false);
                    ex.endExchange();
                }
            });
            return;
        }
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        exchange.startBlocking();
        if (exchange.getRequestContentLength() > MAX_BODY) {
            tooLarge(exchange);
            return;
        }
        byte[] body = EMPTY;
        if (hasBody) {
            body = exchange.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                tooLarge(exchange);
                return;
            }
        }
        answer(exchange, body);
    }

    private void answerQuietly(HttpServerExchange exchange, byte[] body) {
        try {
            answer(exchange, body);
        } catch (IOException e) {
            exchange.setPersistent(false);
            exchange.endExchange();
        }
    }

    private void answer(HttpServerExchange exchange, byte[] body) throws IOException {
        String correlationId = exchange.getRequestHeaders().getFirst(CORRELATION_ID);
        exchange.getResponseHeaders().put(CORRELATION_ID, correlationId == null ? UUID.randomUUID().toString() : correlationId);
        String path = exchange.getRequestPath();
        String method = exchange.getRequestMethod().toString();
        if (path.equals("/items")) {
            if (method.equals("POST")) {
                create(exchange, body);
            } else {
                detail(exchange, 405, "Method Not Allowed");
            }
            return;
        }
        if (path.startsWith("/items/")) {
            int slash = path.indexOf('/', 7);
            if (slash < 0) {
                if (method.equals("GET")) {
                    get(exchange, path.substring(7));
                } else {
                    detail(exchange, 405, "Method Not Allowed");
                }
                return;
            }
            if (path.length() == slash + ADJUSTMENTS.length() && path.endsWith(ADJUSTMENTS)) {
                if (method.equals("POST")) {
                    adjust(exchange, path.substring(7, slash), body);
                } else {
                    detail(exchange, 405, "Method Not Allowed");
                }
                return;
            }
        }
        detail(exchange, 404, "Not Found");
    }

    private void get(HttpServerExchange exchange, String idText) throws IOException {
        long id = pathId(exchange, idText);
        if (id < 0) {
            return;
        }
        FloorItem item = items.get(id);
        if (item == null) {
            detail(exchange, 404, "Item not found");
            return;
        }
        send(exchange, 200, item(item));
    }

    private void create(HttpServerExchange exchange, byte[] body) throws IOException {
        if (!jsonContent(exchange)) {
            return;
        }
        FloorNewItem newItem;
        try {
            newItem = readNewItem(body);
        } catch (IOException | NumberFormatException e) {
            invalidJson(exchange);
            return;
        }
        if (newItem == null) {
            invalidJson(exchange);
            return;
        }
        List<Map<String, Object>> problems = FloorItemChecks.check(newItem);
        if (!problems.isEmpty()) {
            send(exchange, 422, problems(problems));
            return;
        }
        long id = ids.incrementAndGet();
        FloorItem item = new FloorItem(id, newItem.name(), newItem.price(),
                newItem.tags() == null ? List.of() : List.copyOf(newItem.tags()), newItem.dimensions(), newItem.contactEmail());
        items.put(id, item);
        send(exchange, 201, item(item));
    }

    /** Reprice ({@code {"kind":"reprice","price":24.90}}) or discount ({@code {"kind":"discount","percent":15}}). */
    private void adjust(HttpServerExchange exchange, String idText, byte[] body) throws IOException {
        long id = pathId(exchange, idText);
        if (id < 0 || !jsonContent(exchange)) {
            return;
        }
        String kind = null;
        BigDecimal price = null;
        Integer percent = null;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                invalidJson(exchange);
                return;
            }
            String field;
            while ((field = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "kind" -> kind = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "price" -> price = value.isNumeric() ? parser.getDecimalValue() : null;
                    case "percent" -> percent = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                invalidJson(exchange);
                return;
            }
        } catch (IOException e) {
            invalidJson(exchange);
            return;
        }
        List<Map<String, Object>> problems = new ArrayList<>(0);
        if ("reprice".equals(kind)) {
            if (price == null) {
                problems.add(problem(List.of("body", "price"), "must not be null", null));
            } else {
                if (price.signum() <= 0) {
                    problems.add(problem(List.of("body", "price"), "must be greater than 0", price));
                }
                BigDecimal stripped = price.stripTrailingZeros();
                if (stripped.precision() - stripped.scale() > 6 || Math.max(stripped.scale(), 0) > 2) {
                    problems.add(problem(List.of("body", "price"), "numeric value out of bounds (<6 digits>.<2 digits> expected)", price));
                }
            }
        } else if ("discount".equals(kind)) {
            if (percent == null || percent < 1 || percent > 90) {
                problems.add(problem(List.of("body", "percent"), "must be between 1 and 90", percent));
            }
        } else {
            problems.add(problem(List.of("body", "kind"), "must be one of: reprice, discount", kind));
        }
        if (!problems.isEmpty()) {
            send(exchange, 422, problems(problems));
            return;
        }
        FloorItem item = items.get(id);
        if (item == null) {
            detail(exchange, 404, "Item not found");
            return;
        }
        BigDecimal newPrice = price != null && "reprice".equals(kind) ? price
                : item.price().multiply(BigDecimal.valueOf(100 - percent).movePointLeft(2)).setScale(2, RoundingMode.HALF_EVEN);
        FloorItem adjusted = new FloorItem(item.id(), item.name(), newPrice, item.tags(), item.dimensions(), item.contactEmail());
        items.put(id, adjusted);
        send(exchange, 200, item(adjusted));
    }

    /** The id, or -1 after answering 422. */
    private static long pathId(HttpServerExchange exchange, String idText) throws IOException {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            send(exchange, 422, problems(List.of(problem(List.of("path", "id"),
                    "Input should be a valid integer, unable to parse string as an integer", idText))));
            return -1;
        }
        if (id < 1) {
            send(exchange, 422, problems(List.of(problem(List.of("path", "id"), "must be greater than or equal to 1", id))));
            return -1;
        }
        return id;
    }

    private static boolean jsonContent(HttpServerExchange exchange) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && !contentType.startsWith("application/json")) {
            detail(exchange, 415, "Unsupported Media Type");
            return false;
        }
        return true;
    }

    private static FloorNewItem readNewItem(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String name = null;
            BigDecimal price = null;
            List<String> tags = null;
            FloorDimensions dimensions = null;
            String contactEmail = null;
            String field;
            while ((field = parser.nextFieldName()) != null) {
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "name" -> name = text(parser, value);
                    case "price" -> price = value.isNumeric() ? parser.getDecimalValue() : value == JsonToken.VALUE_NULL ? null : wrongType();
                    case "tags" -> tags = value == JsonToken.VALUE_NULL ? null : stringList(parser, value);
                    case "dimensions" -> dimensions = value == JsonToken.VALUE_NULL ? null : dimensions(parser, value);
                    case "contactEmail" -> contactEmail = text(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                return null;
            }
            return new FloorNewItem(name, price, tags, dimensions, contactEmail);
        }
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : value == JsonToken.VALUE_STRING ? parser.getText() : wrongType();
    }

    private static List<String> stringList(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return wrongType();
        }
        List<String> list = new ArrayList<>();
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
            list.add(text(parser, element));
        }
        return list;
    }

    private static FloorDimensions dimensions(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return wrongType();
        }
        double width = 0;
        double height = 0;
        double depth = 0;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken number = parser.nextToken();
            switch (field) {
                case "width" -> width = number.isNumeric() ? parser.getDoubleValue() : wrongType();
                case "height" -> height = number.isNumeric() ? parser.getDoubleValue() : wrongType();
                case "depth" -> depth = number.isNumeric() ? parser.getDoubleValue() : wrongType();
                default -> parser.skipChildren();
            }
        }
        return new FloorDimensions(width, height, depth);
    }

    private static <T> T wrongType() throws IOException {
        throw new IOException("wrong type"); // answered as a 422 like malformed JSON
    }

    private static byte[] item(FloorItem item) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("id", item.id());
            json.writeStringField("name", item.name());
            json.writeNumberField("price", item.price());
            json.writeArrayFieldStart("tags");
            for (String tag : item.tags()) {
                json.writeString(tag);
            }
            json.writeEndArray();
            if (item.dimensions() != null) {
                json.writeObjectFieldStart("dimensions");
                json.writeNumberField("width", item.dimensions().width());
                json.writeNumberField("height", item.dimensions().height());
                json.writeNumberField("depth", item.dimensions().depth());
                json.writeEndObject();
            }
            if (item.contactEmail() != null) {
                json.writeStringField("contactEmail", item.contactEmail());
            }
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static byte[] problems(List<Map<String, Object>> problems) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("detail");
            json.writeStartArray();
            for (Map<String, Object> problem : problems) {
                value(json, problem);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(value.toString());
        }
    }

    private static Map<String, Object> problem(List<Object> loc, String msg, Object input) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "value_error");
        problem.put("loc", loc);
        problem.put("msg", msg);
        problem.put("input", input);
        return problem;
    }

    private static void invalidJson(HttpServerExchange exchange) throws IOException {
        send(exchange, 422, problems(List.of(problem(List.of("body", 0), "JSON decode error", null))));
    }

    private static void detail(HttpServerExchange exchange, int status, String detail) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("detail", detail);
            json.writeEndObject();
        }
        send(exchange, status, out.toByteArray());
    }

    private static void tooLarge(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        exchange.setStatusCode(413);
        exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        exchange.getResponseSender().send("{\"detail\":\"Request body too large\"}");
    }

    private static void send(HttpServerExchange exchange, int status, byte[] json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, json.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(json));
    }
}
