package dev.skiff.bench.floor.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for in-process dispatch: {@code POST /customers/{customerId}/orders?channel=..}
 * written by hand with Jackson, doing the bench app's work (route by hand, path and query
 * parameters, content-type check, JSON body, if-statement validation, JSON response) and
 * nothing generic.
 *
 * <pre>{@code
 * FloorResponse response = new FloorOrders().handle("POST", "/customers/7/orders", "channel=web", "application/json", body);
 * }</pre>
 */
public final class FloorOrders {
    private static final String PREFIX = "/customers/";
    private static final String SUFFIX = "/orders";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectReader NEW_ORDER = MAPPER.readerFor(FloorNewOrder.class);
    private static final ObjectWriter ORDER = MAPPER.writerFor(FloorOrder.class);
    private static final ObjectWriter ANY = MAPPER.writer();

    private final AtomicLong ids = new AtomicLong();

    /** Answers one request; never throws for bad input. */
    public FloorResponse handle(String method, String rawPath, String rawQuery, String contentType, byte[] body) {
        try {
            if (!rawPath.startsWith(PREFIX) || !rawPath.endsWith(SUFFIX) || rawPath.length() <= PREFIX.length() + SUFFIX.length()) {
                return detail(404, "Not Found");
            }
            String idText = rawPath.substring(PREFIX.length(), rawPath.length() - SUFFIX.length());
            if (idText.indexOf('/') >= 0) {
                return detail(404, "Not Found");
            }
            if (!method.equals("POST")) {
                return detail(405, "Method Not Allowed");
            }
            return create(idText, rawQuery, contentType, body);
        } catch (JsonProcessingException e) {
            return new FloorResponse(500, "{\"detail\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private FloorResponse create(String idText, String rawQuery, String contentType, byte[] body) throws JsonProcessingException {
        long customerId;
        try {
            customerId = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            return problems(List.of(Map.of("type", "int_parsing", "loc", List.of("path", "customerId"),
                    "msg", "Input should be a valid integer, unable to parse string as an integer", "input", idText)));
        }
        if (customerId < 1) {
            return problems(List.of(Map.of("type", "value_error", "loc", List.of("path", "customerId"),
                    "msg", "must be greater than or equal to 1", "input", customerId)));
        }
        String channel = queryValue(rawQuery, "channel");
        if (contentType != null && !contentType.startsWith("application/json")) {
            return detail(415, "Unsupported Media Type");
        }
        FloorNewOrder order;
        try {
            order = NEW_ORDER.readValue(body);
        } catch (JsonProcessingException e) {
            return problems(List.of(Map.of("type", "json_invalid", "loc", List.of("body", 0), "msg", "JSON decode error")));
        } catch (java.io.IOException e) {
            return detail(400, "Bad Request");
        }
        List<Map<String, Object>> problems = FloorOrderChecks.check(order);
        if (!problems.isEmpty()) {
            return problems(problems);
        }
        BigDecimal total = order.price().multiply(BigDecimal.valueOf(order.quantity()));
        FloorOrder created = new FloorOrder(ids.incrementAndGet(), customerId, channel == null ? "web" : channel,
                order.product(), order.price(), order.quantity(), order.tags() == null ? List.of() : order.tags(),
                order.shipTo(), order.email(), total);
        return new FloorResponse(201, ORDER.writeValueAsBytes(created));
    }

    private static String queryValue(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static FloorResponse problems(List<? extends Map<String, Object>> problems) throws JsonProcessingException {
        return new FloorResponse(422, ANY.writeValueAsBytes(Map.of("detail", problems)));
    }

    private static FloorResponse detail(int status, String detail) throws JsonProcessingException {
        return new FloorResponse(status, ANY.writeValueAsBytes(Map.of("detail", detail)));
    }
}
