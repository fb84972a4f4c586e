package dev.skiff.lambda.event;

/**
 * The invocation's input is not an API Gateway or Function URL event Skiff can read: answered
 * 400 {@code {"detail":"Bad Request: <message>"}}. The message says what is wrong with the event
 * in Skiff's words (never the parser's, which may name its own settings); the parser's own
 * account, for the log, is the cause.
 */
public final class MalformedEventException extends EventRefusedException {
    public MalformedEventException(String message) {
        super(400, "Bad Request: " + message, message, null);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(400, "Bad Request: " + message, message, cause);
    }
}
