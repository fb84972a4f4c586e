package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.HostileEvents;
import dev.skiff.lambda.TestHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hostile event corpus through Skiff's runtime loop, against the Runtime API stand-in: each
 * event is answered with a {@code POST .../response} carrying its status (never an invocation
 * {@code error}, never a stopped loop), and the probe after it is answered exactly.
 */
class HostileEventsLoopTest {

    @Test
    void everyHostileEvent_isAResponse_andTheLoopKeepsServing() throws Exception {
        List<HostileEvents.Case> cases = HostileEvents.all();
        List<String> failed = new ArrayList<>();
        try (RuntimeApiStandIn api = RuntimeApiStandIn.start();
             RuntimeLoopTestSupport.Running loop = RuntimeLoopTestSupport.start(api, 1, false, false, HostileEvents.ENV,
                     () -> TestHandler.hostile(HostileEvents.ENV))) {
            for (int i = 0; i < cases.size(); i++) {
                HostileEvents.Case c = cases.get(i);
                api.enqueue(RuntimeApiStandIn.Event.of("hostile-" + i, c.event()));
                api.enqueue(RuntimeApiStandIn.Event.of("probe-" + i, HostileEvents.probe("probe-corr-" + i)));
                try {
                    RuntimeApiStandIn.Posted answer = api.posted("hostile-" + i).awaitEnd();
                    assertThat(answer.requestLine).as(c.name()).endsWith("/hostile-" + i + "/response HTTP/1.1");
                    HostileEvents.assertAnswer(c, Json.mapper().readTree(answer.body()));
                } catch (AssertionError | RuntimeException wrong) {
                    failed.add(c.name() + ": " + wrong.getMessage());
                }
                RuntimeApiStandIn.Posted probe = api.posted("probe-" + i).awaitEnd();
                JsonNode response = Json.mapper().readTree(probe.body());
                HostileEvents.assertProbe(response, "probe-corr-" + i, c.name());
            }
            assertThat(loop.fatal()).isEmpty();
            assertThat(api.requestLines()).noneMatch(line -> line.contains("/error"));
        }
        assertThat(failed).as("cases answered wrongly").isEmpty();
        System.out.printf("hostile events: %d cases through the runtime loop%n", cases.size());
    }
}
