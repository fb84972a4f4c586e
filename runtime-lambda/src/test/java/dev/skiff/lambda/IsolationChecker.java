package dev.skiff.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks, line by line as they are written and without keeping them, that every log line and EMF
 * document names only its own invocation: request id, correlation id, trace id, SLF4J key-values,
 * MDC entries and metric dimensions. Each invocation is {@linkplain #expect registered} with what
 * it may show before it runs; a line is checked against the invocation its
 * {@code function_request_id} names. Also a mix of valid, invalid and failing invocations to
 * drive it with, for the handler's and the runtime loop's tests and the soak benchmark.
 *
 * <pre>{@code
 * IsolationChecker checker = new IsolationChecker();
 * SkiffLambdaHandler handler = checker.handler();
 * checker.expect(IsolationChecker.invocation(7));
 * handler.invoke(...);
 * checker.assertClean(1);
 * }</pre>
 */
public final class IsolationChecker extends OutputStream {
    /** Every key a line of the lean backend may have; anything else was carried in from somewhere. */
    private static final Set<String> LOG_KEYS = Set.of("level", "message", "error", "cold_start", "function_arn",
            "function_memory_size", "function_name", "function_request_id", "function_version", "service",
            "timestamp", "xray_trace_id", "correlation_id", "sampling_rate", "method", "path", "route", "status",
            "latency_ms", "stream", "logger", "item_id", "tenant");
    private static final Set<String> EMF_KEYS = Set.of("_aws", "function_request_id", "xray_trace_id", "Service",
            "route", "RequestCount", "Success", "ClientError", "Failure", "Latency", "ItemViewed", "tenant",
            "FunctionName", "ColdStart");

    /** What one invocation may show in its lines. */
    public record Expected(int index, String requestId, String correlationId, String traceRoot, String traceHeader,
                           Long itemId, int status, byte[] event) {}

    private final Map<String, Expected> expected = new ConcurrentHashMap<>();
    private final Map<String, int[]> seen = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger coldStarts = new AtomicInteger();
    private final AtomicLong lines = new AtomicLong();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream(4096);

    /** A handler for {@link HostileTestApi} whose logs and EMF come here. */
    public SkiffLambdaHandler handler() {
        return Checked.of(this);
    }

    /** The handler, as the runtime loop's tests need it. */
    public static final class Checked extends SkiffLambdaHandler {
        private Checked(dev.skiff.core.Application application, Map<String, String> env, PrintStream stdout) {
            super(application, null, env::get, stdout);
        }

        static Checked of(IsolationChecker checker) {
            Map<String, String> env = new HashMap<>(Map.of("POWERTOOLS_SERVICE_NAME", "items",
                    "SKIFF_LIMITS_MAX_HEADER_COUNT", "20"));
            PrintStream stdout = new PrintStream(checker, true, StandardCharsets.UTF_8);
            SkiffLogging.configure(env::get, stdout);
            return new Checked(HostileTestApi.application(), env, stdout);
        }
    }

    /**
     * Invocation {@code i} of the mix: mostly valid reads (some with the caller's correlation id,
     * some sampled-out traces, some none), and 404s, 500s, 422s (path and body), unreadable events
     * and requests past the header limit.
     */
    public static Expected invocation(int i) {
        String requestId = "req-" + i;
        String apigw = "apigw-" + i;
        String root = i % 3 == 2 ? null : String.format("1-5759e988-%024x", i);
        String header = root == null ? null : "Root=" + root + ";Parent=53995c3f42cd8ad8;Sampled=0";
        String ownCorrelation = i % 2 == 0 ? "corr-" + i : null;
        Map<String, String> headers = ownCorrelation == null ? Map.of() : Map.of("x-correlation-id", ownCorrelation);
        String correlation = ownCorrelation == null ? apigw : ownCorrelation;
        switch (i % 10) {
            case 5:
                return new Expected(i, requestId, correlation, root, header, 0L, 404, get("/items/0", headers, apigw));
            case 6:
                return new Expected(i, requestId, correlation, root, header, 13L, 500, get("/items/13", headers, apigw));
            case 7:
                return new Expected(i, requestId, correlation, root, header, null, 422, get("/items/x" + i, headers, apigw));
            case 8: {
                byte[] event = i % 20 == 8 ? ("{\"version\":\"2.0\",\"rawPath\":\"/items/" + i + "\"").getBytes(StandardCharsets.UTF_8)
                        : HostileEvents.v2("POST", "/items", "", Map.of("content-type", "application/json"),
                                Base64.getEncoder().encodeToString(("{\"name\":" + i + "}").getBytes(StandardCharsets.UTF_8)),
                                true);
                // An unreadable event has no correlation id of its own: none may show.
                return new Expected(i, requestId, i % 20 == 8 ? null : "apigw-hostile", root, header, null,
                        i % 20 == 8 ? 400 : 422, event);
            }
            case 9: {
                Map<String, String> many = new HashMap<>(headers);
                for (int h = 0; h < 25; h++) {
                    many.put("x-h" + h, "v" + i);
                }
                return new Expected(i, requestId, null, root, header, null, 431, get("/items/" + i, many, apigw));
            }
            default:
                return new Expected(i, requestId, correlation, root, header, 1000L + i, 200,
                        get("/items/" + (1000 + i), headers, apigw));
        }
    }

    /** A payload 2.0 GET, written as text: building it as a tree would cost more than invoking it. */
    private static byte[] get(String path, Map<String, String> headers, String requestId) {
        StringBuilder json = new StringBuilder(256).append("{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":\"")
                .append(path).append("\",\"rawQueryString\":\"\",\"headers\":{");
        headers.forEach((name, value) -> json.append('"').append(name).append("\":\"").append(value).append("\","));
        if (!headers.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("},\"requestContext\":{\"requestId\":\"").append(requestId)
                .append("\",\"stage\":\"$default\",\"http\":{\"method\":\"GET\",\"path\":\"").append(path)
                .append("\",\"sourceIp\":\"192.0.2.1\"}}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Registers what invocation {@code e.requestId()} may show, before it runs. */
    public void expect(Expected e) {
        expected.put(e.requestId(), e);
        seen.put(e.requestId(), new int[2]);
    }

    /** Forgets a finished invocation (after {@link #finish} found it complete), so memory stays flat. */
    public synchronized void finish(String requestId) {
        int[] counts = seen.remove(requestId);
        expected.remove(requestId);
        if (counts == null || counts[0] != 1 || counts[1] != 1) {
            problem(requestId + " wrote " + (counts == null ? "nothing" : counts[0] + " access lines and "
                    + counts[1] + " metric documents") + ", not one of each");
        }
    }

    /** Whether invocation {@code requestId} has written its access line and its metrics. */
    public boolean complete(String requestId) {
        int[] counts = seen.get(requestId);
        synchronized (this) {
            return counts != null && counts[0] >= 1 && counts[1] >= 1;
        }
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            line(partial.toByteArray());
            partial.reset();
        } else {
            partial.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                partial.write(bytes, start, i - start);
                line(partial.toByteArray());
                partial.reset();
                start = i + 1;
            }
        }
        partial.write(bytes, start, offset + length - start);
    }

    private void line(byte[] text) {
        if (text.length == 0) {
            return;
        }
        lines.incrementAndGet();
        JsonNode line;
        try {
            line = Json.mapper().readTree(text);
        } catch (IOException notJson) {
            problem("a line is not JSON: " + new String(text, StandardCharsets.UTF_8));
            return;
        }
        boolean emf = line.has("_aws");
        if (emf && line.has("ColdStart")) {
            coldStarts.incrementAndGet();
            return;
        }
        String requestId = line.path("function_request_id").asText(null);
        Expected own = requestId == null ? null : expected.get(requestId);
        if (own == null) {
            problem("a line of no running invocation: " + line);
            return;
        }
        for (Iterator<String> names = line.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!(emf ? EMF_KEYS : LOG_KEYS).contains(name)) {
                problem(requestId + " has a key carried in from elsewhere: " + name + " in " + line);
            }
        }
        same(own, line, "xray_trace_id", own.traceRoot());
        if (line.has("correlation_id") || own.correlationId() != null && !emf && line.has("route")) {
            same(own, line, "correlation_id", own.correlationId());
        }
        if (line.has("item_id") || line.has("tenant") || line.has("ItemViewed")) {
            if (own.itemId() == null) {
                problem(requestId + " shows another invocation's item: " + line);
            } else {
                if (line.has("item_id")) {
                    same(own, line, "item_id", own.itemId().toString());
                }
                if (line.has("tenant")) {
                    same(own, line, "tenant", "tenant-" + own.itemId());
                }
            }
        }
        if (emf) {
            String dimensions = line.path("_aws").toString();
            if (dimensions.contains("tenant") != (own.itemId() != null)) {
                problem(requestId + " has the wrong dimensions: " + dimensions);
            }
            if (line.has("RequestCount")) {
                seen.get(requestId)[1]++;
                String outcome = own.status() >= 500 ? "Failure" : own.status() >= 400 ? "ClientError" : "Success";
                if (!line.has(outcome)) {
                    problem(requestId + " counts no " + outcome + ": " + line);
                }
            }
        } else if (line.has("route")) {
            seen.get(requestId)[0]++;
            if (line.path("status").asInt() != own.status()) {
                problem(requestId + " logged status " + line.path("status") + ", not " + own.status());
            }
        }
    }

    private void same(Expected own, JsonNode line, String key, String value) {
        String actual = line.hasNonNull(key) ? line.get(key).asText() : null;
        if (!java.util.Objects.equals(actual, value)) {
            problem(own.requestId() + " has " + key + " " + actual + ", not " + value + ": " + line);
        }
    }

    private void problem(String problem) {
        if (problems.size() < 50) {
            problems.add(problem);
        }
    }

    /** How many lines were checked. */
    public long lines() {
        return lines.get();
    }

    /** What was wrong, at most 50 problems. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** How many cold-start documents were written. */
    public int coldStarts() {
        return coldStarts.get();
    }

    /** Used heap after a full collection, in bytes (a figure to report, not a precise one). */
    public static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
