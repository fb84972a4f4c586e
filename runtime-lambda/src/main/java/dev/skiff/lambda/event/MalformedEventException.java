package dev.skiff.lambda.event;

/** The invocation's input is not an API Gateway or Function URL event Skiff can read. */
public final class MalformedEventException extends Exception {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
