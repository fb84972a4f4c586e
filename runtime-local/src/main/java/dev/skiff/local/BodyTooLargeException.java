package dev.skiff.local;

/** The request body is over the server's limit: the request ends with 413. */
final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long limit;

    BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
