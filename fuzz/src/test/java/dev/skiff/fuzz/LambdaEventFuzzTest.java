package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.core.HttpRequest;
import dev.skiff.lambda.event.ApiEvent;
import dev.skiff.lambda.event.ApiEventReader;
import dev.skiff.lambda.event.EventText;
import dev.skiff.lambda.event.MalformedEventException;
import java.util.List;
import java.util.Locale;

/**
 * The Lambda event reader: any invocation input is read into a request, or refused with Skiff's
 * {@link MalformedEventException} (answered as a 400-shaped error, and logged as such), never
 * another exception, which would fail the invocation with the runtime's own error. Of an event it
 * read, everything a handler or the log may ask for later answers too: the request's parts, the raw
 * event's tree ({@code RequestContext.rawEvent()}, parsed lazily) and the one-line event text that
 * {@code POWERTOOLS_LOGGER_LOG_EVENT} logs.
 *
 * <p>Input: the invocation's payload as Lambda hands it over.
 */
class LambdaEventFuzzTest {
    private static final ApiEventReader READER = new ApiEventReader();

    @FuzzTest(maxDuration = "2m")
    void readOrRefuse(byte[] input) {
        ApiEvent event;
        try {
            event = READER.read(input, null);
        } catch (MalformedEventException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(event.format()).isNotNull();
        HttpRequest request = event.request();
        assertThat(request.method()).isNotEmpty().isEqualTo(request.method().toUpperCase(Locale.ROOT));
        assertThat(request.rawPath()).isNotNull();
        assertThat(request.body()).isNotNull();
        request.headers().forEach((name, values) -> assertThat(values).doesNotContainNull());
        request.query().forEach((name, values) -> assertThat(values).doesNotContainNull());
        request.cookies().forEach((name, value) -> assertThat(value).isNotNull());
        request.caller();
        // what a handler or the log may ask for later, after the event was accepted
        assertThat(request.rawEvent()).as("the raw event of an event that was read").isPresent();
        assertThat(EventText.compact(input)).as("the logged event").startsWith("{");
        List.of(request.platformRequestId());
    }
}
