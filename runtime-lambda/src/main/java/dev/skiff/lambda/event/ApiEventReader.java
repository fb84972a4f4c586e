package dev.skiff.lambda.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.skiff.api.Metrics;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.Json;
import java.io.IOException;

/**
 * Reads an invocation's input as an API Gateway or Function URL event with Jackson's tree
 * model, never through the Lambda runtime's reflective event classes. Payload 2.0 is told
 * apart from 1.0 by its {@code version} field, else by its shape.
 *
 * <pre>{@code
 * ApiEvent event = new ApiEventReader().read(bytes, lambdaContext);
 * }</pre>
 */
public final class ApiEventReader {
    private final ObjectReader reader = Json.mapper().reader();

    /** Reads {@code input}; {@code platformContext} (the Lambda context) is attached to the request. */
    public ApiEvent read(byte[] input, Object platformContext) throws MalformedEventException {
        return read(input, platformContext, Metrics.noop());
    }

    /** Reads {@code input}, attaching the Lambda context and where the request's metrics go. */
    public ApiEvent read(byte[] input, Object platformContext, Metrics metrics) throws MalformedEventException {
        JsonNode event;
        try {
            event = reader.readTree(input);
        } catch (JsonProcessingException notJson) {
            throw new MalformedEventException("the event is not JSON: " + notJson.getOriginalMessage(), notJson);
        } catch (IOException unreadable) {
            throw new MalformedEventException("the event could not be read", unreadable);
        }
        if (event == null || !event.isObject()) {
            throw new MalformedEventException("the event is not a JSON object");
        }
        EventFormat format = formatOf(event);
        HttpRequest.Builder request = format == EventFormat.V2 ? V2Events.read(event) : V1Events.read(event);
        return new ApiEvent(request.platformContext(platformContext).rawEvent(event).metrics(metrics).build(), format);
    }

    private static EventFormat formatOf(JsonNode event) throws MalformedEventException {
        String version = EventFields.optional(event, "version");
        if ("2.0".equals(version)) {
            return EventFormat.V2;
        }
        if ("1.0".equals(version) || event.has("httpMethod")) {
            return EventFormat.V1;
        }
        if (event.path("requestContext").has("http")) {
            return EventFormat.V2;
        }
        throw new MalformedEventException("the event is neither an API Gateway (payload 1.0 or 2.0) nor a Function URL event");
    }
}
