package dev.skiff.bench.app;

import java.math.BigDecimal;
import java.util.List;

/** A created order. */
public record Order(
        long id, long customerId, String channel, String product, BigDecimal price, int quantity,
        List<String> tags, Address shipTo, String email, BigDecimal total) {}
