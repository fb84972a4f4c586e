package dev.skiff.core;

import java.util.List;

/** Ends a request with 422 and FastAPI's {@code {"detail":[...]}} list. Carries no stack trace. */
public final class RequestValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> problems;

    public RequestValidationException(List<ValidationProblem> problems) {
        super(problems.size() + " validation problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
