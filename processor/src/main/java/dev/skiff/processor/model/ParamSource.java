package dev.skiff.processor.model;

/** Where a handler parameter's value comes from. */
public enum ParamSource {
    PATH("path"),
    QUERY("query"),
    HEADER("header"),
    COOKIE("cookie"),
    BODY("body"),
    /** An {@code @Form} field of a urlencoded or multipart body. */
    FORM("body"),
    /** An {@code @Form FileUpload} (or a List of them): a file part of a multipart body. */
    FILE("body"),
    /** {@code @Body(mediaType = ...)}: the raw body as bytes, text or a stream. */
    RAW_BODY("body"),
    CONTEXT(null),
    /** A dependency ({@code @Depends}, or a {@code CallerIdentity}): from the application's resolver. */
    DEPENDENCY(null),
    /** A type the processor cannot bind; reported by the checks, never written. */
    UNBINDABLE(null);

    private final String location;

    ParamSource(String location) {
        this.location = location;
    }

    /** Whether the value comes from the request body (JSON, a form field, a file part or the raw body). */
    public boolean inBody() {
        return this == BODY || this == FORM || this == FILE || this == RAW_BODY;
    }

    /** Whether the value is a field or file part of a form body. */
    public boolean inForm() {
        return this == FORM || this == FILE;
    }

    /** The first element of a 422 {@code loc} and the OpenAPI {@code in}; null for none. */
    public String location() {
        return location;
    }
}
