package dev.skiff.bench.app;

import dev.skiff.api.ApiInfo;
import dev.skiff.api.Post;
import dev.skiff.api.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Orders of a customer: the benchmarks' one operation. */
@ApiInfo(title = "Orders bench", version = "1.0.0")
@Tag("orders")
public final class OrdersApi {
    private final AtomicLong ids = new AtomicLong();

    /** Places an order for a customer. */
    @Post(value = "/customers/{customerId}/orders", status = 201)
    public Order createOrder(@Min(1) long customerId, Optional<String> channel, @Valid NewOrder order) {
        BigDecimal total = order.price().multiply(BigDecimal.valueOf(order.quantity()));
        return new Order(ids.incrementAndGet(), customerId, channel.orElse("web"), order.product(), order.price(),
                order.quantity(), order.tags() == null ? List.of() : order.tags(), order.shipTo(), order.email(), total);
    }
}
