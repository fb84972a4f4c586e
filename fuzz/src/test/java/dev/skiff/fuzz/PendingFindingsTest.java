package dev.skiff.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Findings of the fuzz tests whose fix belongs to a module this one may not change yet: each input
 * is kept under {@code src/test/resources/dev/skiff/fuzz/pending/}, which no {@link FuzzTest}
 * reads, and replayed here by a test disabled with what fails and the proposed fix. Once fixed,
 * move the input into the fuzz test's own seed folder and delete the test here.
 *
 * <pre>{@code
 * new LambdaEventFuzzTest().readOrRefuse(pending("LambdaEventFuzzTest/truncated-event"));
 * }</pre>
 */
class PendingFindingsTest {
    @Test
    @Disabled("runtime-lambda: the 400 for an event that is not JSON (here a lone \"{\") quotes jackson-core's message, "
            + "naming `StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`; fix in EventScanner.scan's JsonProcessingException "
            + "catch: a plain reason and the location (line, column), not getOriginalMessage()")
    void anEventThatIsNotJsonIsRefusedInPlainWords() throws IOException {
        byte[] event = pending("LambdaEventFuzzTest/truncated-event");
        new LambdaEventFuzzTest().readOrRefuse(event);
        new LambdaEventFuzzTest().sampleHandler(event);
    }

    private static byte[] pending(String name) {
        try (InputStream in = PendingFindingsTest.class.getResourceAsStream("pending/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no pending input " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
