package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.core.Route;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code @NonBlocking} reaches the generated routes, where a server reads it to answer on an IO
 * thread; an operation answering a stream stays on a worker whatever it declares.
 */
class NonBlockingTest {
    @Test
    void declaredOperations_areMarkedNonBlocking_streamsAreNot() {
        CompiledApi compiled = CompiledApi.compile("nonblocking");
        Application app = compiled.application("fixtures.nonblocking", "fixtures.nonblocking.ClockApi",
                "fixtures.nonblocking.CountersApi");

        Map<String, Boolean> nonBlocking = app.routes().stream()
                .collect(Collectors.toMap(Route::operationId, Route::nonBlocking));

        assertThat(nonBlocking).containsExactlyInAnyOrderEntriesOf(Map.of(
                "increment", true, // on the method
                "read", false, // not declared
                "all", false, // Stream<T>: written as produced
                "now", true, // on the class
                "raw", false)); // InputStream
    }
}
