package dev.skiff.bench.validation;

import dev.skiff.bench.app.Address;
import dev.skiff.bench.app.NewOrder;
import java.math.BigDecimal;
import java.util.List;

/** A valid order and one that breaks seven constraints, for the validation benchmarks. */
public final class Orders {
    private Orders() {}

    public static NewOrder valid() {
        return new NewOrder("Espresso machine", new BigDecimal("349.90"), 2, List.of("kitchen", "coffee"),
                new Address("1 Main Street", "IE"), "ada@example.com");
    }

    /** Blank product, negative price with three decimals, quantity 0, a blank tag, a three-letter country, a bad email. */
    public static NewOrder invalid() {
        return new NewOrder(" ", new BigDecimal("-1.999"), 0, List.of("kitchen", " "),
                new Address("1 Main Street", "IRL"), "not-an-email");
    }
}
