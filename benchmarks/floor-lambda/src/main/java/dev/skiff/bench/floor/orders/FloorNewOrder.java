package dev.skiff.bench.floor.orders;

import java.math.BigDecimal;
import java.util.List;

/** An order as posted, shaped like the bench app's {@code NewOrder}. */
public record FloorNewOrder(
        String product, BigDecimal price, int quantity, List<String> tags, FloorAddress shipTo, String email) {}
