package dev.skiff.support.json;

import java.util.Map;

/**
 * A value refused for the type it was read as, in pydantic's terms: the error {@code type}
 * ({@code int_parsing}, {@code string_type}, ...), its English message, and its {@code ctx}.
 * The reader that catches it (a body's {@code JsonInput}, or {@code Params} for a parameter's
 * text) adds the {@code loc} and the offending {@code input}. Thrown only for a bad value, so
 * it carries no stack trace; unchecked, so that a converter can run in a constant's initialiser.
 *
 * <pre>{@code
 * throw new Refusal("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
 * }</pre>
 */
public final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final transient Map<String, Object> ctx;

    public Refusal(String type, String message) {
        this(type, message, Map.of());
    }

    public Refusal(String type, String message, Map<String, Object> ctx) {
        super(message, null, false, false);
        this.type = type;
        this.ctx = ctx;
    }

    /** pydantic's error type. */
    public String type() {
        return type;
    }

    /** The {@code ctx} of the problem, or an empty map. */
    public Map<String, Object> ctx() {
        return ctx;
    }
}
