package dev.skiff.bench.dispatch;

import java.nio.charset.StandardCharsets;

/** The one request the dispatch and Lambda benchmarks send: valid, so every layer runs. */
public final class OrderRequests {
    public static final String METHOD = "POST";
    public static final String PATH = "/customers/42/orders";
    public static final String QUERY = "channel=web";
    public static final String CONTENT_TYPE = "application/json";
    public static final String CORRELATION_ID = "bench-correlation-id";
    public static final byte[] VALID_BODY = ("{\"product\":\"Espresso machine\",\"price\":349.90,\"quantity\":2,"
            + "\"tags\":[\"kitchen\",\"coffee\"],\"shipTo\":{\"street\":\"1 Main Street\",\"country\":\"IE\"},"
            + "\"email\":\"ada@example.com\"}").getBytes(StandardCharsets.UTF_8);

    private OrderRequests() {}
}
