package dev.skiff.bench.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.skiff.bench.coldstart.StubContext;
import dev.skiff.bench.floor.lambda.FloorLambdaHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * Warm invocations of the payload-2.0 orders event: SkiffLambdaHandler (default observability:
 * JSON access line and EMF per invocation) against the hand-written floor handler (the same
 * two lines, built by hand). Standard output goes to a discarding stream, so the figures hold
 * the cost of producing the lines, not of the terminal.
 *
 * <pre>{@code
 * java -jar benchmarks/jmh/target/benchmarks.jar LambdaWarmBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-DPOWERTOOLS_SERVICE_NAME=bench"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LambdaWarmBenchmark {
    @Param({"skiff", "floor"})
    public String handler;

    private RequestStreamHandler under;
    private byte[] event;
    private StubContext context;

    @Setup
    public void setUp() throws IOException {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try (InputStream in = LambdaWarmBenchmark.class.getResourceAsStream("/events/orders-post-v2.json")) {
            event = in.readAllBytes();
        }
        context = new StubContext("warm");
        under = handler.equals("skiff") ? new OrdersLambdaHandler() : new FloorLambdaHandler();
        String response = invoke().toString(java.nio.charset.StandardCharsets.UTF_8);
        if (!response.contains("\"statusCode\":201")) {
            throw new IllegalStateException(handler + " did not answer 201: " + response);
        }
    }

    @Benchmark
    public ByteArrayOutputStream invoke() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        under.handleRequest(new ByteArrayInputStream(event), out, context);
        return out;
    }
}
