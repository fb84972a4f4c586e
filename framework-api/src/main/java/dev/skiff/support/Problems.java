package dev.skiff.support;

import dev.skiff.core.RequestValidationException;
import dev.skiff.core.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the problems of one request, in the order found, so that one 422 lists them all. */
public final class Problems {
    private List<ValidationProblem> problems;

    /** Records a problem. */
    public void add(ValidationProblem problem) {
        if (problems == null) {
            problems = new ArrayList<>(8);
        }
        problems.add(problem);
    }

    /**
     * Records a violation whose {@code loc} is {@code parent} followed by the property name and,
     * for a container element, its index or key: how generated validators report, e.g.
     * {@code problems.add("not_blank", loc, "must not be blank", name, CTX_0, "tags", 1)} for
     * {@code ["body", "tags", 1]}.
     */
    public void add(String type, List<Object> parent, String message, Object input, Map<String, Object> ctx,
                    Object... path) {
        Object[] loc = parent.toArray(new Object[parent.size() + path.length]);
        System.arraycopy(path, 0, loc, parent.size(), path.length);
        // immutable already, so the problem keeps it without copying
        add(new ValidationProblem(type, List.of(loc), message, input, ctx));
    }

    /** Whether any problem was recorded. */
    public boolean any() {
        return problems != null;
    }

    /** The problems so far, in order. */
    public List<ValidationProblem> list() {
        return problems == null ? List.of() : List.copyOf(problems);
    }

    /** Throws a 422 listing every problem, if there is any. */
    public void throwIfAny() {
        if (problems != null) {
            throw new RequestValidationException(list());
        }
    }
}
