package dev.skiff.core;

/**
 * A framework-raised error status with a fixed detail text (413, 415): unlike
 * {@link dev.skiff.api.HttpException} it is not the application's, so it is never logged as one.
 */
public final class StatusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public StatusException(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }
}
