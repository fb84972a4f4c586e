package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Nothing of one invocation reaches the next through {@code handleRequest}: a mix of valid,
 * invalid and failing invocations, each checked line by line ({@link IsolationChecker}) for
 * another invocation's request id, correlation id, trace id, key-values, MDC entries and metric
 * dimensions, with the thread's MDC empty after each, and used heap reported at a tenth and at the
 * end. {@code -Dskiff.soak.invocations=100000} runs the soak's full count
 * ({@code benchmarks/scripts/lambda-soak.sh}); the default keeps the suite fast.
 */
class InvocationIsolationTest {
    static final int INVOCATIONS = Integer.getInteger("skiff.soak.invocations", 10_000);

    @Test
    void aMixOfInvocations_eachShowsOnlyItsOwnIds_andTheHeapStaysFlat() throws Exception {
        IsolationChecker checker = new IsolationChecker();
        SkiffLambdaHandler handler = checker.handler();
        List<String> wrong = new ArrayList<>();
        long heapAtTenth = 0;
        long started = System.nanoTime();
        for (int i = 0; i < INVOCATIONS; i++) {
            IsolationChecker.Expected invocation = IsolationChecker.invocation(i);
            checker.expect(invocation);
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            handler.handleRequest(new ByteArrayInputStream(invocation.event()), out,
                    new LambdaTestContext(invocation.requestId(), invocation.traceHeader()));
            JsonNode response = Json.mapper().readTree(out.toByteArray());
            if (response.get("statusCode").asInt() != invocation.status() && wrong.size() < 20) {
                wrong.add(invocation.requestId() + " answered " + response);
            }
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            if (mdc != null && !mdc.isEmpty() && wrong.size() < 20) {
                wrong.add(invocation.requestId() + " left the MDC " + mdc);
            }
            checker.finish(invocation.requestId());
            if (i + 1 == INVOCATIONS / 10) {
                heapAtTenth = IsolationChecker.usedHeapAfterGc();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        long heapAtEnd = IsolationChecker.usedHeapAfterGc();
        System.out.printf("isolation through handleRequest: %d invocations, %d lines checked in %d s; used heap after GC "
                        + "%.1f MB at %d, %.1f MB at %d%n", INVOCATIONS, checker.lines(), seconds, heapAtTenth / 1e6,
                INVOCATIONS / 10, heapAtEnd / 1e6, INVOCATIONS);

        assertThat(wrong).isEmpty();
        assertThat(checker.problems()).isEmpty();
        assertThat(checker.coldStarts()).isEqualTo(1);
        // Generous: retained garbage and JIT data vary; a leak of a request per invocation does not fit.
        assertThat(heapAtEnd).isLessThan(2 * heapAtTenth + 16_000_000L);
    }
}
