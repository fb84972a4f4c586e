package dev.skiff.bench.router;

import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Lookup;
import dev.skiff.core.PathSegments;
import dev.skiff.core.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Router scale: lookup, and lookup plus binding, on generated APIs of 10, 100 and 1,000
 * routes and on a hand-written switch for the 10-route API. Each call takes the next of 30
 * requests spread over the API, ten per template shape (static, one variable, two variables),
 * so no size gets an easier mix.
 *
 * <pre>{@code
 * java -jar benchmarks/jmh/target/benchmarks.jar RouterBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RouterBenchmark {
    private static final int PER_SHAPE = 10;

    @Param({"switch-10", "skiff-10", "skiff-100", "skiff-1000"})
    public String router;

    private Router lookup;
    private String[][] segments;
    private HttpRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        RoutedApi api = RoutedApi.named(router);
        lookup = api.router();
        List<Integer> picked = pick(api.paths().length);
        segments = new String[picked.size()][];
        requests = new HttpRequest[picked.size()];
        for (int i = 0; i < picked.size(); i++) {
            String path = api.paths()[picked.get(i)];
            segments[i] = PathSegments.split(path);
            requests[i] = HttpRequest.builder("GET", path).build();
            if (!(lookup.lookup("GET", segments[i]) instanceof Lookup.Found)) {
                throw new IllegalStateException(router + " does not route GET " + path);
            }
        }
    }

    /** Ten operations of each shape, spread evenly over the API (operation i has shape i % 3). */
    static List<Integer> pick(int operations) {
        List<Integer> picked = new ArrayList<>();
        for (int shape = 0; shape < 3; shape++) {
            int ofShape = (operations - shape + 2) / 3;
            for (int j = 0; j < PER_SHAPE; j++) {
                picked.add(3 * (j * ofShape / PER_SHAPE) + shape);
            }
        }
        return picked;
    }

    private int advance() {
        int i = next;
        next = i + 1 == segments.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Lookup lookup() {
        return lookup.lookup("GET", segments[advance()]);
    }

    @Benchmark
    public HttpResponse lookupAndBind() throws Exception {
        int i = advance();
        Lookup.Found found = (Lookup.Found) lookup.lookup("GET", segments[i]);
        return found.route().invoker().invoke(new Call(requests[i], found.pathValues(), null));
    }

    /** A router under test and one sample path per operation. */
    record RoutedApi(Router router, String[] paths) {
        static RoutedApi named(String name) {
            return switch (name) {
                case "switch-10" -> new RoutedApi(new SwitchRouter10(), dev.skiff.bench.r10.SyntheticApp.PATHS);
                case "skiff-10" -> of(dev.skiff.bench.r10.SyntheticApp.create(), dev.skiff.bench.r10.SyntheticApp.PATHS);
                case "skiff-100" -> of(dev.skiff.bench.r100.SyntheticApp.create(), dev.skiff.bench.r100.SyntheticApp.PATHS);
                case "skiff-1000" -> of(dev.skiff.bench.r1000.SyntheticApp.create(), dev.skiff.bench.r1000.SyntheticApp.PATHS);
                default -> throw new IllegalArgumentException("unknown router " + name);
            };
        }

        private static RoutedApi of(Application app, String[] paths) {
            return new RoutedApi(app.router(), paths);
        }
    }
}
