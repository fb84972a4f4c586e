package dev.skiff.bench.coldstart;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Drives one Lambda handler the way the runtime does on a cold start (construct it, then
 * hand it one event) and prints one line of timings. The script passes the launch time as
 * {@code -Dbench.launchMicros} (bash's {@code $EPOCHREALTIME} without the dot), so the
 * figure covers the whole process, JVM boot included.
 *
 * <pre>{@code
 * ColdStartDriver.run("floor", FloorLambdaHandler::new, args);
 * }</pre>
 */
public final class ColdStartDriver {
    private ColdStartDriver() {}

    /** {@code args[0]}: the event file; {@code args[1]} (optional): how many invocations to time after the first. */
    public static void run(String label, Supplier<? extends RequestStreamHandler> factory, String[] args) throws IOException {
        run(label, factory, handler -> { }, args);
    }

    /**
     * As {@link #run(String, Supplier, String[])}, with {@code primer} run on the handler between
     * construction and the first event and timed apart ({@code prime_ms}): what SnapStart
     * priming would move into the snapshot.
     */
    public static <H extends RequestStreamHandler> void run(String label, Supplier<H> factory, Consumer<? super H> primer,
                                                             String[] args) throws IOException {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        PrintStream report = System.err;

        long start = System.nanoTime();
        H handler = factory.get();
        long constructed = System.nanoTime();
        primer.accept(handler);
        long initialised = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(event), out, new StubContext("cold-0"));
        long answered = System.nanoTime();
        long answeredAtMillis = System.currentTimeMillis();

        long warmStart = System.nanoTime();
        for (int i = 0; i < warm; i++) {
            handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(1024), new StubContext("warm-" + i));
        }
        long warmNanos = System.nanoTime() - warmStart;

        // read only after the clock stopped: the management classes cost tens of milliseconds
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        String launch = System.getProperty("bench.launchMicros");
        double fromLaunch = launch == null ? Double.NaN : answeredAtMillis - Long.parseLong(launch) / 1000.0;
        String response = out.toString(StandardCharsets.UTF_8);
        report.printf("RESULT label=%s from_launch_ms=%.1f from_jvm_start_ms=%d init_ms=%.1f prime_ms=%.1f first_invoke_ms=%.1f warm_invokes=%d warm_us_per_invoke=%.1f status=%s%n",
                label, fromLaunch, answeredAtMillis - jvmStartMillis, (constructed - start) / 1e6, (initialised - constructed) / 1e6,
                (answered - initialised) / 1e6,
                warm, warm == 0 ? 0.0 : warmNanos / 1e3 / warm, statusOf(response));
        if (Boolean.getBoolean("bench.printResponse")) {
            report.println(response);
        }
    }

    private static String statusOf(String response) {
        int at = response.indexOf("\"statusCode\"");
        if (at < 0) {
            return "none";
        }
        int colon = response.indexOf(':', at);
        int end = colon + 1;
        while (end < response.length() && (Character.isDigit(response.charAt(end)) || response.charAt(end) == ' ')) {
            end++;
        }
        return response.substring(colon + 1, end).trim();
    }
}
