package dev.skiff.lambda.event;

/**
 * The invocation's event is not served: it cannot be read ({@link MalformedEventException}, 400)
 * or its request is past one of the {@link dev.skiff.support.RequestLimits} (413, 414, 431, 400). The handler answers
 * {@link #status()} with {@code {"detail": detail()}}; the detail never quotes the event or names
 * a class or a library, so that nothing of the runtime reaches the caller.
 *
 * <pre>{@code
 * try {
 *     event = reader.read(bytes, context);
 * } catch (EventRefusedException refused) {
 *     return ErrorResponses.detail(refused.status(), refused.detail());
 * }
 * }</pre>
 */
public class EventRefusedException extends Exception {
    private final int status;
    private final String detail;
    private transient EventFormat format;

    public EventRefusedException(int status, String detail) {
        this(status, detail, detail, null);
    }

    EventRefusedException(int status, String detail, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.detail = detail;
    }

    /** The status to answer. */
    public int status() {
        return status;
    }

    /** The {@code detail} to answer: safe to show the caller. */
    public String detail() {
        return detail;
    }

    /** The format of the event when it was recognised before it was refused, else null. */
    public EventFormat format() {
        return format;
    }

    EventRefusedException in(EventFormat eventFormat) {
        this.format = eventFormat;
        return this;
    }
}
