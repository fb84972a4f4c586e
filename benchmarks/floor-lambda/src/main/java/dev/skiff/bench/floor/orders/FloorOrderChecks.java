package dev.skiff.bench.floor.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench app's constraints as if-statements, with FastAPI-shaped problems. Public for the
 * first-validation floor ({@code FloorFirstValidation} in benchmarks/jmh).
 */
public final class FloorOrderChecks {
    private FloorOrderChecks() {}

    /** Every problem of {@code order}, in declaration order. */
    public static List<Map<String, Object>> check(FloorNewOrder order) {
        List<Map<String, Object>> problems = new ArrayList<>(0);
        String product = order.product();
        if (product == null || product.isBlank()) {
            problems.add(problem(List.of("body", "product"), "must not be blank", product));
        } else if (product.length() > 80) {
            problems.add(problem(List.of("body", "product"), "size must be between 0 and 80", product));
        }
        BigDecimal price = order.price();
        if (price == null) {
            problems.add(problem(List.of("body", "price"), "must not be null", null));
        } else {
            if (price.signum() <= 0) {
                problems.add(problem(List.of("body", "price"), "must be greater than 0", price));
            }
            BigDecimal stripped = price.stripTrailingZeros();
            if (stripped.precision() - stripped.scale() > 6 || stripped.scale() > 2) {
                problems.add(problem(List.of("body", "price"), "numeric value out of bounds (<6 digits>.<2 digits> expected)", price));
            }
        }
        if (order.quantity() < 1) {
            problems.add(problem(List.of("body", "quantity"), "must be greater than or equal to 1", order.quantity()));
        } else if (order.quantity() > 100) {
            problems.add(problem(List.of("body", "quantity"), "must be less than or equal to 100", order.quantity()));
        }
        List<String> tags = order.tags();
        if (tags != null) {
            if (tags.size() > 10) {
                problems.add(problem(List.of("body", "tags"), "size must be between 0 and 10", tags));
            }
            for (int i = 0; i < tags.size(); i++) {
                if (tags.get(i) == null || tags.get(i).isBlank()) {
                    problems.add(problem(List.of("body", "tags", i), "must not be blank", tags.get(i)));
                }
            }
        }
        FloorAddress shipTo = order.shipTo();
        if (shipTo == null) {
            problems.add(problem(List.of("body", "shipTo"), "must not be null", null));
        } else {
            if (shipTo.street() == null || shipTo.street().isBlank()) {
                problems.add(problem(List.of("body", "shipTo", "street"), "must not be blank", shipTo.street()));
            }
            String country = shipTo.country();
            if (country == null || country.isBlank()) {
                problems.add(problem(List.of("body", "shipTo", "country"), "must not be blank", country));
            } else if (country.length() != 2) {
                problems.add(problem(List.of("body", "shipTo", "country"), "size must be between 2 and 2", country));
            }
        }
        String email = order.email();
        if (email != null) {
            int at = email.indexOf('@');
            if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1) {
                problems.add(problem(List.of("body", "email"), "must be a well-formed email address", email));
            }
        }
        return problems;
    }

    private static Map<String, Object> problem(List<Object> loc, String msg, Object input) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "value_error");
        problem.put("loc", loc);
        problem.put("msg", msg);
        problem.put("input", input);
        return problem;
    }
}
