package dev.skiff.lambda.event;

import dev.skiff.api.Metrics;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import dev.skiff.support.RequestLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads an invocation's input as an API Gateway or Function URL event with jackson-core's
 * streaming parser, straight into the neutral request: no tree of the event is built, and never
 * the Lambda runtime's reflective event classes. Payload 2.0 is told apart from 1.0 by its
 * {@code version} field, else by its shape, wherever those fields come in the event. The
 * event's databind tree ({@code RequestContext.rawEvent()}) is parsed only if someone asks for
 * it: only then is databind loaded.
 *
 * <pre>{@code
 * ApiEvent event = new ApiEventReader().read(bytes, lambdaContext);
 * }</pre>
 */
public final class ApiEventReader {
    private final RequestLimits limits;

    /** A reader under the process's {@link RequestLimits#current() limits}. */
    public ApiEventReader() {
        this(RequestLimits.current());
    }

    /** A reader under {@code limits}. */
    public ApiEventReader(RequestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The limits this reader refuses requests past. */
    public RequestLimits limits() {
        return limits;
    }

    /** Reads {@code input}; {@code platformContext} (the Lambda context) is attached to the request. */
    public ApiEvent read(byte[] input, Object platformContext) throws EventRefusedException {
        return read(input, platformContext, Metrics.noop());
    }

    /**
     * Reads {@code input}, attaching the Lambda context and where the request's metrics go.
     * Refuses an event that is not one ({@link MalformedEventException}) and a request past the
     * {@linkplain #limits() limits}, which are checked before the body is decoded.
     */
    public ApiEvent read(byte[] input, Object platformContext, Metrics metrics) throws EventRefusedException {
        ScannedEvent event = EventScanner.scan(input);
        EventFormat format = formatOf(event);
        HttpRequest.Builder request;
        try {
            request = format == EventFormat.V2 ? V2Events.read(event, limits) : V1Events.read(event, limits);
        } catch (EventRefusedException refused) {
            throw refused.in(format);
        }
        return new ApiEvent(request.platformContext(platformContext).lazyRawEvent(() -> RawEvent.tree(input))
                .metrics(metrics).build(), format);
    }

    private static EventFormat formatOf(ScannedEvent event) throws MalformedEventException {
        if ("2.0".equals(event.version)) {
            return EventFormat.V2;
        }
        if ("1.0".equals(event.version) || event.hasHttpMethod) {
            return EventFormat.V1;
        }
        if (event.hasContextHttp) {
            return EventFormat.V2;
        }
        throw new MalformedEventException("the event is neither an API Gateway (payload 1.0 or 2.0) nor a Function URL event");
    }

    /** The event as databind's tree: a class of its own, so that databind is loaded with it, on first use. */
    private static final class RawEvent {
        /** {@code input} was read once already, so it is JSON. */
        static Object tree(byte[] input) {
            try {
                return Json.mapper().readTree(input);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("the event could not be read again", unreadable);
            }
        }
    }
}
