package dev.skiff.core.validation;

import dev.skiff.core.FrozenMap;
import dev.skiff.core.Problems;
import dev.skiff.core.ValidationProblem;
import java.util.List;
import java.util.Map;

/**
 * How generated validators report a violation: one {@link ValidationProblem} whose
 * {@code loc} is the parent location followed by the property name and, for a container
 * element, its index or key, e.g. {@code ["body", "tags", 1]}.
 *
 * <p>{@code Violations.add(problems, loc, "not_blank", M0, name, C0, "name");}
 */
public final class Violations {
    private Violations() {}

    /** Records a violation at {@code loc} followed by {@code path}. */
    public static void add(Problems problems, List<Object> loc, String type, String message, Object input,
                           Map<String, Object> ctx, Object... path) {
        problems.add(new ValidationProblem(type, child(loc, path), message, input, ctx));
    }

    /** The ctx of a constraint's entries, in attribute order: {@code ctx("min", 0, "max", 80)}. */
    public static Map<String, Object> ctx(Object... namesAndValues) {
        return FrozenMap.of(namesAndValues);
    }

    /** {@code loc} followed by {@code path}: where a nested value's problems go. */
    public static List<Object> child(List<Object> loc, Object... path) {
        Object[] parts = loc.toArray(new Object[loc.size() + path.length]);
        System.arraycopy(path, 0, parts, loc.size(), path.length);
        // immutable already, so the problem keeps it without copying
        return List.of(parts);
    }
}
