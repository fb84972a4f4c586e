package dev.skiff.support;

import java.util.Map;

/** A value's text did not convert; carries FastAPI's error type, message and context. */
public final class ConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;
    private final transient Map<String, Object> ctx;

    public ConversionException(String type, String message) {
        this(type, message, Map.of());
    }

    public ConversionException(String type, String message, Map<String, Object> ctx) {
        super(message, null, false, false);
        this.type = type;
        this.ctx = ctx;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> ctx() {
        return ctx;
    }
}
