package dev.skiff.core;

import java.util.ArrayList;
import java.util.List;

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
