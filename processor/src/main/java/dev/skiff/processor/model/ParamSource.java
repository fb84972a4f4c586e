package dev.skiff.processor.model;

/** Where a handler parameter's value comes from. */
public enum ParamSource {
    PATH("path"),
    QUERY("query"),
    HEADER("header"),
    COOKIE("cookie"),
    BODY("body"),
    CONTEXT(null),
    /** A dependency ({@code @Depends}, or a {@code CallerIdentity}): from the application's resolver. */
    DEPENDENCY(null),
    /** A type the processor cannot bind; reported by the checks, never written. */
    UNBINDABLE(null);

    private final String location;

    ParamSource(String location) {
        this.location = location;
    }

    /** The first element of a 422 {@code loc} and the OpenAPI {@code in}; null for none. */
    public String location() {
        return location;
    }
}
