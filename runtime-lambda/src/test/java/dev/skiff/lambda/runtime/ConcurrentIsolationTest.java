package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.IsolationChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The mix of {@link IsolationChecker#invocation} through Skiff's runtime loop with
 * {@code AWS_LAMBDA_MAX_CONCURRENCY} invocation threads taking invocations at once: every line
 * names only its own invocation, each answer is its own, and used heap after GC is reported
 * at a tenth and at the end, and bounded.
 * {@code -Dskiff.soak.loopInvocations=100000} runs the soak's full count.
 */
class ConcurrentIsolationTest {
    private static final int INVOCATIONS = Integer.getInteger("skiff.soak.loopInvocations", 4_000);
    private static final int CONCURRENCY = 8;
    /** Invocations in flight per round: the stand-in holds no more than that many answers. */
    private static final int ROUND = CONCURRENCY * 25;

    @Test
    void concurrentInvocations_showOnlyTheirOwnIds_roundAfterRound() throws Exception {
        IsolationChecker checker = new IsolationChecker();
        List<Throwable> fatal = new CopyOnWriteArrayList<>();
        List<String> wrong = new ArrayList<>();
        long heapAtTenth = 0;
        long started = System.nanoTime();
        try (RuntimeApiStandIn api = RuntimeApiStandIn.start()) {
            api.recordNothing();
            LambdaRuntime runtime = LambdaRuntime.start(checker::handler,
                    RuntimeLoopTestSupport.settings(api, CONCURRENCY, false, false, true, fatal));
            try {
                for (int from = 0; from < INVOCATIONS; from += ROUND) {
                    int to = Math.min(INVOCATIONS, from + ROUND);
                    for (int i = from; i < to; i++) {
                        IsolationChecker.Expected invocation = IsolationChecker.invocation(i);
                        checker.expect(invocation);
                        RuntimeApiStandIn.Event event = RuntimeApiStandIn.Event.of(invocation.requestId(), invocation.event());
                        api.enqueue(invocation.traceHeader() == null ? event : event.withTrace(invocation.traceHeader()));
                    }
                    for (int i = from; i < to; i++) {
                        IsolationChecker.Expected invocation = IsolationChecker.invocation(i);
                        RuntimeApiStandIn.Posted posted = api.posted(invocation.requestId()).awaitEnd();
                        JsonNode response = Json.mapper().readTree(posted.body());
                        String correlation = response.path("headers").path("x-correlation-id").asText(null);
                        boolean right = response.path("statusCode").asInt() == invocation.status()
                                && (invocation.correlationId() == null || invocation.correlationId().equals(correlation));
                        if (!right && wrong.size() < 20) {
                            wrong.add(invocation.requestId() + " answered " + response);
                        }
                    }
                    for (int i = from; i < to; i++) {
                        String requestId = "req-" + i;
                        // The access line and metrics are written just after the answer is posted.
                        long deadline = System.nanoTime() + 10_000_000_000L;
                        while (!checker.complete(requestId) && System.nanoTime() < deadline) {
                            Thread.sleep(1);
                        }
                        checker.finish(requestId);
                    }
                    if (to == INVOCATIONS / 10) {
                        heapAtTenth = IsolationChecker.usedHeapAfterGc();
                    }
                }
            } finally {
                runtime.close();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        long heapAtEnd = IsolationChecker.usedHeapAfterGc();
        System.out.printf("isolation through the runtime loop: %d invocations, %d at once, %d lines checked in %d s; "
                        + "used heap after GC %.1f MB at %d, %.1f MB at %d%n", INVOCATIONS, CONCURRENCY, checker.lines(),
                seconds, heapAtTenth / 1e6, INVOCATIONS / 10, heapAtEnd / 1e6, INVOCATIONS);

        assertThat(wrong).isEmpty();
        assertThat(checker.problems()).isEmpty();
        assertThat(fatal).isEmpty();
        assertThat(checker.coldStarts()).isEqualTo(1);
        assertThat(System.getProperty(LambdaRuntime.TRACE_HEADER_PROPERTY)).isNull();
        // Generous, as in InvocationIsolationTest; the stand-in keeps nothing (recordNothing).
        assertThat(heapAtEnd).isLessThan(2 * heapAtTenth + 16_000_000L);
    }
}
