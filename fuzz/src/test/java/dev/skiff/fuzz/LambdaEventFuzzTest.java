package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.JsonValues;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.event.ApiEvent;
import dev.skiff.lambda.event.ApiEventReader;
import dev.skiff.lambda.event.EventRefusedException;
import dev.skiff.lambda.event.EventText;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.samples.items.Caller;
import dev.skiff.samples.items.ItemStore;
import dev.skiff.samples.items.ItemsApi;
import dev.skiff.samples.items.NotAnImage;
import dev.skiff.samples.items.SkiffRoutes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Lambda event reader: any invocation input is read into a request, or refused with Skiff's
 * {@link EventRefusedException} (answered 400, or 413, 414, 431 past a limit), never
 * another exception, which would fail the invocation with the runtime's own error. Of an event it
 * read, everything a handler or the log may ask for later answers too: the request's parts, the raw
 * event's tree ({@code RequestContext.rawEvent()}, parsed lazily) and the one-line event text that
 * {@code POWERTOOLS_LOGGER_LOG_EVENT} logs.
 *
 * <p>{@link #sampleHandler} goes on to the sample API's Lambda handler, end to end from the
 * invocation's bytes: whatever the event, the answer is an HTTP response whose status is below 500
 * (every way a client can be wrong is a 4xx), and an error's body is JSON with a {@code detail} that
 * names no Java class, package or library: the event reader, router, converters, body and form
 * readers and validators together, as a user meets them.
 *
 * <p>Input: the invocation's payload as Lambda hands it over.
 */
class LambdaEventFuzzTest {
    private static final ApiEventReader READER = new ApiEventReader();
    /** Where the handler's log lines and metrics go: thousands of invocations a second would drown the output. */
    private static final PrintStream DISCARDED = new PrintStream(OutputStream.nullOutputStream());
    private static final Handler HANDLER = quietly();

    /** The sample's application as ItemsApplication builds it, without the pauses between streamed items. */
    private static final class Handler extends SkiffLambdaHandler {
        Handler() {
            super(SkiffRoutes.create(new ItemsApi(new ItemStore(), index -> { }))
                    .withResolver(Caller.class, Caller::of)
                    .withExceptionHandler(NotAnImage.class, (notAnImage, context) -> ErrorResponses.detail(415,
                            "A photo must be an image, got " + notAnImage.contentType())));
        }
    }

    private static Handler quietly() {
        PrintStream out = System.out;
        System.setOut(DISCARDED);
        try {
            Handler handler = new Handler();
            SkiffLogging.configure(System::getenv, DISCARDED);
            return handler;
        } finally {
            System.setOut(out);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void readOrRefuse(byte[] input) {
        ApiEvent event;
        try {
            event = READER.read(input, null);
        } catch (EventRefusedException refused) {
            // the detail is what is answered: plain words about the event, nothing of the parser
            assertThat(refused.status()).isIn(400, 413, 414, 431);
            assertThat(refused.detail()).isNotBlank();
            Leaks.assertNone(refused.detail(), sent(input), refused.detail());
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

    @FuzzTest(maxDuration = "2m")
    void sampleHandler(byte[] event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HANDLER.handleRequest(new ByteArrayInputStream(event), out, null);
        Object answer = JsonValues.read(JsonValues.factory().createParser(out.toByteArray()));
        assertThat(answer).as("the answer is a JSON object").isInstanceOf(Map.class);
        Map<?, ?> response = (Map<?, ?>) answer;
        String what = new String(event, StandardCharsets.UTF_8) + " answered " + response;
        assertThat(response.get("statusCode")).as(what).isInstanceOf(Number.class);
        int status = ((Number) response.get("statusCode")).intValue();
        assertThat(status).as(what).isBetween(200, 499);
        if (status >= 400 && !isHead(event)) {
            String body = response.get("body") instanceof String text ? text : "";
            if (Boolean.TRUE.equals(response.get("isBase64Encoded"))) {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            }
            assertThat(body).as(what).contains("\"detail\"");
            Leaks.assertNone(body, sent(event), what);
        }
    }

    /** A HEAD request's answer has no body, errors included. */
    private static boolean isHead(byte[] event) {
        try {
            return READER.read(event, null).request().method().equals("HEAD");
        } catch (EventRefusedException refused) {
            return false;
        }
    }

    /** What the client sent, as the application may echo it: the event's text, its strings unescaped, a base64 body decoded. */
    private static String sent(byte[] event) {
        StringBuilder sent = new StringBuilder(new String(event, StandardCharsets.UTF_8));
        try {
            Object tree = JsonValues.read(JsonValues.factory().createParser(event));
            sent.append(' ').append(tree);
            if (tree instanceof Map<?, ?> map && map.get("body") instanceof String body) {
                sent.append(' ').append(new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException notJsonOrNotBase64) {
            // the raw text is all there is
        }
        return sent.toString();
    }
}
