package dev.skiff.dev;

/** A version of the application could not be loaded; the one before keeps serving. */
final class ReloadException extends Exception {
    private static final long serialVersionUID = 1L;

    ReloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
