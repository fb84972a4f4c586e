package dev.skiff.bench.floor.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample's constraints (NewItem, Dimensions) written as if-statements, producing FastAPI-shaped problems: what
 * a careful hand-written service does instead of generated validators.
 */
final class FloorItemChecks {
    private static final int MAX_NAME = 80;
    private static final int MAX_TAGS = 10;
    private static final int MAX_TAG = 30;
    private static final double MAX_DIMENSION = 1000;

    private FloorItemChecks() {}

    static List<Map<String, Object>> check(FloorNewItem item) {
        List<Map<String, Object>> problems = new ArrayList<>(0);
        if (item.name() == null || item.name().isBlank()) {
            problems.add(problem(List.of("body", "name"), "must not be blank", item.name()));
        } else if (item.name().length() > MAX_NAME) {
            problems.add(problem(List.of("body", "name"), "size must be between 0 and 80", item.name()));
        }
        checkPrice(item.price(), problems);
        if (item.tags() != null) {
            if (item.tags().size() > MAX_TAGS) {
                problems.add(problem(List.of("body", "tags"), "size must be between 0 and 10", item.tags()));
            }
            for (int i = 0; i < item.tags().size(); i++) {
                String tag = item.tags().get(i);
                if (tag == null || tag.isBlank()) {
                    problems.add(problem(List.of("body", "tags", i), "must not be blank", tag));
                } else if (tag.length() > MAX_TAG) {
                    problems.add(problem(List.of("body", "tags", i), "size must be between 0 and 30", tag));
                }
            }
        }
        if (item.dimensions() != null) {
            positive(item.dimensions().width(), List.of("body", "dimensions", "width"), problems);
            positive(item.dimensions().height(), List.of("body", "dimensions", "height"), problems);
            positive(item.dimensions().depth(), List.of("body", "dimensions", "depth"), problems);
        }
        if (item.contactEmail() != null && !looksLikeEmail(item.contactEmail())) {
            problems.add(problem(List.of("body", "contactEmail"), "must be a well-formed email address", item.contactEmail()));
        }
        return problems;
    }

    private static void checkPrice(BigDecimal price, List<Map<String, Object>> problems) {
        if (price == null) {
            problems.add(problem(List.of("body", "price"), "must not be null", null));
            return;
        }
        positive(price, List.of("body", "price"), problems);
        BigDecimal stripped = price.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = stripped.precision() - stripped.scale();
        if (integer > 6 || fraction > 2) {
            problems.add(problem(List.of("body", "price"), "numeric value out of bounds (<6 digits>.<2 digits> expected)", price));
        }
    }

    private static void positive(BigDecimal value, List<Object> loc, List<Map<String, Object>> problems) {
        if (value != null && value.signum() <= 0) {
            problems.add(problem(loc, "must be greater than 0", value));
        }
    }

    private static void positive(double value, List<Object> loc, List<Map<String, Object>> problems) {
        if (value <= 0) {
            problems.add(problem(loc, "must be greater than 0", value));
        }
        if (value > MAX_DIMENSION) {
            problems.add(problem(loc, "must be less than or equal to 1000", value));
        }
    }

    private static boolean looksLikeEmail(String email) {
        int at = email.indexOf('@');
        return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1;
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
