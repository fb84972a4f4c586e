package dev.skiff.bench.validation;

import dev.skiff.bench.floor.orders.FloorAddress;
import dev.skiff.bench.floor.orders.FloorNewOrder;
import dev.skiff.bench.floor.orders.FloorOrderChecks;
import java.math.BigDecimal;
import java.util.List;

/**
 * The floor of the first validation in a fresh JVM: the bench app's order checked by
 * hand-written if-statements (benchmarks/floor-lambda's {@code FloorOrderChecks}), on the same
 * values as {@link Bodies}' order body, timed like {@link SkiffFirstValidation}.
 *
 * <pre>{@code
 * java -cp benchmarks/jmh/target/benchmarks.jar dev.skiff.bench.validation.FloorFirstValidation order invalid
 * }</pre>
 */
public final class FloorFirstValidation {
    private FloorFirstValidation() {}

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].equals("order")) {
            throw new IllegalArgumentException("the hand-written floor exists for the order body only");
        }
        boolean invalid = args.length > 1 && args[1].equals("invalid");
        FloorNewOrder order;
        if (FirstValidation.fromJson()) {
            order = (FloorNewOrder) Bodies.ORDER.read(invalid, FloorNewOrder.class);
        } else {
            order = invalid
                    ? new FloorNewOrder(" ", new BigDecimal("-1.999"), 0, List.of("kitchen", " "),
                            new FloorAddress("1 Main Street", "IRL"), "not-an-email")
                    : new FloorNewOrder("Espresso machine", new BigDecimal("349.90"), 2, List.of("kitchen", "coffee"),
                            new FloorAddress("1 Main Street", "IE"), "ada@example.com");
        }
        long start = System.nanoTime();
        int violations = FloorOrderChecks.check(order).size();
        long end = System.nanoTime();
        FirstValidation.report("floor", start, end, violations);
    }
}
