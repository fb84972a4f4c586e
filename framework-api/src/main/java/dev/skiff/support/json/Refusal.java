package dev.skiff.support.json;

import java.util.Map;

/**
 * A JSON value refused for the type it was read as, in pydantic's terms: the error {@code type}
 * ({@code int_parsing}, {@code string_type}, ...), its English message, and its {@code ctx}.
 * The reader that catches it adds the {@code loc} and the offending {@code input}. Thrown only
 * for a bad value, so it carries no stack trace.
 *
 * <pre>{@code
 * throw new Refusal("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
 * }</pre>
 */
public final class Refusal extends Exception {
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
