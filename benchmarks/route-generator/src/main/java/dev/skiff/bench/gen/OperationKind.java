package dev.skiff.bench.gen;

/**
 * The shapes of synthetic operations: a static path, one path variable, two path variables,
 * and (for the build-cost API) a JSON body. Resource {@code r} gets one operation of each kind.
 */
public enum OperationKind {
    /** {@code GET /res<r>} with an optional {@code limit} query parameter. */
    LIST("GET"),
    /** {@code GET /res<r>/{id}}. */
    GET_ONE("GET"),
    /** {@code GET /res<r>/{id}/parts/{part}}. */
    GET_PART("GET"),
    /** {@code POST /res<r>} with a validated JSON body. */
    CREATE("POST");

    private final String method;

    OperationKind(String method) {
        this.method = method;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }
}
