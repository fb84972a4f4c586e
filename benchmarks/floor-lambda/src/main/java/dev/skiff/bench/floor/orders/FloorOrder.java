package dev.skiff.bench.floor.orders;

import java.math.BigDecimal;
import java.util.List;

/** A created order, shaped like the bench app's {@code Order}. */
public record FloorOrder(
        long id, long customerId, String channel, String product, BigDecimal price, int quantity,
        List<String> tags, FloorAddress shipTo, String email, BigDecimal total) {}
