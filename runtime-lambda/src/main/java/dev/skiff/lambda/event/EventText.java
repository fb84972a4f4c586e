package dev.skiff.lambda.event;

import com.fasterxml.jackson.core.JsonParser;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An event as one line of compact JSON, for the log ({@code POWERTOOLS_LOGGER_LOG_EVENT}): the
 * text the event's databind tree printed (members in order, a repeated member once with its last
 * value), made with jackson-core so that logging the event does not load databind.
 *
 * <pre>{@code
 * LOG.info("Handler Event: {}", EventText.compact(input));
 * }</pre>
 */
public final class EventText {
    private EventText() {}

    /** {@code event}, which has been read as JSON already, on one line. */
    public static String compact(byte[] event) {
        try (JsonParser in = JsonValues.factory().createParser(event)) {
            return new String(JsonValues.toBytes(JsonValues.read(in)), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the event could not be read again", unreadable);
        }
    }
}
