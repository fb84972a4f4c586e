package dev.skiff.bench.dispatch;

import static dev.skiff.bench.dispatch.OrderRequests.CONTENT_TYPE;
import static dev.skiff.bench.dispatch.OrderRequests.CORRELATION_ID;
import static dev.skiff.bench.dispatch.OrderRequests.METHOD;
import static dev.skiff.bench.dispatch.OrderRequests.PATH;
import static dev.skiff.bench.dispatch.OrderRequests.QUERY;
import static dev.skiff.bench.dispatch.OrderRequests.VALID_BODY;

import dev.skiff.bench.app.BenchApp;
import dev.skiff.bench.floor.orders.FloorOrders;
import dev.skiff.bench.floor.orders.FloorResponse;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.Exchange;
import dev.skiff.core.HttpRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process dispatch of {@code POST /customers/42/orders?channel=web} with a valid JSON body:
 * Skiff (build the neutral request as an adapter does, then the Dispatcher: router, binders,
 * validators, handler, JSON response) against the same operation written by hand with Jackson.
 *
 * <pre>{@code
 * java -jar benchmarks/jmh/target/benchmarks.jar DispatchBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchBenchmark {
    private Dispatcher dispatcher;
    private FloorOrders floor;

    @Setup
    public void setUp() {
        dispatcher = new Dispatcher(BenchApp.create(), List.of());
        floor = new FloorOrders();
        int skiff = skiff().response().status();
        int handWritten = handWritten().status();
        if (skiff != 201 || handWritten != 201) {
            throw new IllegalStateException("expected 201 from both, got Skiff " + skiff + ", hand-written " + handWritten);
        }
    }

    @Benchmark
    public Exchange skiff() {
        HttpRequest request = HttpRequest.builder(METHOD, PATH)
                .rawQuery(QUERY)
                .header("content-type", CONTENT_TYPE)
                .header("x-correlation-id", CORRELATION_ID)
                .body(VALID_BODY)
                .build();
        return dispatcher.dispatch(request);
    }

    @Benchmark
    public FloorResponse handWritten() {
        return floor.handle(METHOD, PATH, QUERY, CONTENT_TYPE, VALID_BODY);
    }
}
