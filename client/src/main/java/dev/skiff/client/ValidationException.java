package dev.skiff.client;

import dev.skiff.core.ValidationProblem;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 422 answer: the request did not validate, and {@link #problems()} says where and why, one
 * entry per problem as FastAPI and Skiff write them ({@code type}, {@code loc}, {@code msg},
 * {@code input}, {@code ctx}).
 *
 * <pre>{@code
 * try {
 *     items.listItems(Optional.of(500), Optional.empty());
 * } catch (ValidationException e) {
 *     e.problems().get(0).loc();   // [query, limit]
 * }
 * }</pre>
 */
public final class ValidationException extends ApiException {
    private final transient List<ValidationProblem> problems;

    ValidationException(int status, HttpHeaders headers, String body, List<?> detail) {
        super(status, headers, body, detail);
        List<ValidationProblem> read = new ArrayList<>();
        for (Object entry : detail) {
            if (entry instanceof Map<?, ?> problem) {
                read.add(new ValidationProblem(string(problem.get("type")), list(problem.get("loc")),
                        string(problem.get("msg")), problem.get("input"), map(problem.get("ctx"))));
            }
        }
        this.problems = List.copyOf(read);
    }

    /** The problems, in the order the server reported them. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
