package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import dev.skiff.core.Router;
import dev.skiff.test.LambdaTestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** SnapStart priming warms the framework without calling handlers; a restore is never a cold start. */
class PrimingTest {

    @Test
    void priming_neverCallsAHandler_andWritesNothing() {
        TestHandler handler = TestHandler.create();
        int before = TestApi.CALLS.get();

        handler.beforeCheckpoint();

        assertThat(TestApi.CALLS.get()).isEqualTo(before);
        assertThat(handler.lines()).isEmpty();
    }

    @Test
    void primingPasses_underTheTightestLimitsAFunctionMaySet() {
        TestHandler handler = TestHandler.create(Map.of("SKIFF_LIMITS_MAX_QUERY_PARAMETERS", "0",
                "SKIFF_LIMITS_MAX_HEADER_COUNT", "1", "SKIFF_LIMITS_MAX_URL_LENGTH", "1"));

        handler.beforeCheckpoint();

        // the function's own requests are still held to its limits
        assertThat(handler.invoke(ObservabilityTest.getItem("2", null), new LambdaTestContext("limited"))
                .get("statusCode").asInt()).isIn(414, 431);
    }

    @Test
    void aRestore_isNeverAColdStart_evenInAnEnvironmentFirstInitialisedOnDemand() {
        TestHandler handler = TestHandler.create(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"));

        handler.beforeCheckpoint();
        handler.afterRestore();
        handler.invoke(ObservabilityTest.getItem("2", null), new LambdaTestContext("restored"));

        assertThat(handler.logLines()).filteredOn(l -> l.get("function_request_id").asText().equals("restored"))
                .isNotEmpty().noneMatch(l -> l.get("cold_start").asBoolean());
        assertThat(handler.emfDocuments()).isNotEmpty().noneMatch(d -> d.has("ColdStart"));
    }

    @Test
    void priming_skipsTheSyntheticDispatch_whenACatchAllRouteWouldMatchIt() {
        AtomicInteger calls = new AtomicInteger();
        Route catchAll = new Route("GET", "/{first}/{second}", "catchAll", call -> {
            calls.incrementAndGet();
            return HttpResponse.empty(204);
        });
        Router router = (method, segments) -> new Lookup.Found(catchAll, segments);
        TestHandler handler = TestHandler.create(new Application("t", "1", router, List.of(catchAll), () -> null));

        handler.beforeCheckpoint();

        assertThat(calls.get()).isZero();
    }
}
