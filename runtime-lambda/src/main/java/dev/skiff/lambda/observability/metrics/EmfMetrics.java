package dev.skiff.lambda.observability.metrics;

import dev.skiff.api.MetricUnit;
import dev.skiff.lambda.json.LineBuffers;
import dev.skiff.lambda.spi.InvocationMetrics;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One invocation's metrics as CloudWatch EMF lines on stdout, written in one go by
 * {@link #flush()}: the request's metrics in one dimension set with Powertools' default
 * {@code Service} dimension (then {@code route} and any added by the handler), and, on a cold
 * start, a separate {@code ColdStart} document with {@code Service} and {@code FunctionName},
 * as powertools-metrics 2.x writes them; {@code function_request_id} and {@code xray_trace_id}
 * ride along as metadata, as Powertools adds them. Not thread-safe: one invocation, one thread.
 */
public final class EmfMetrics implements InvocationMetrics {
    /** Powertools' default dimension. */
    public static final String SERVICE = "Service";
    /** Powertools' dimension of the ColdStart metric, besides {@link #SERVICE}. */
    public static final String FUNCTION_NAME = "FunctionName";

    /** CloudWatch's limit of dimensions in one dimension set. */
    static final int MAX_DIMENSIONS = 30;
    private static final Set<String> SERVICE_ONLY = Set.of(SERVICE);

    private final String namespace;
    private final String service;
    private final PrintStream out;
    private final LongSupplier clock;
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, EmfDocument.Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private String coldStartFunction;

    /**
     * @param namespace the CloudWatch namespace
     * @param service   the {@code service} dimension
     * @param out       where lines go (stdout on Lambda)
     * @param clock     epoch milliseconds, for the documents' timestamp
     */
    public EmfMetrics(String namespace, String service, PrintStream out, LongSupplier clock) {
        this.namespace = namespace;
        this.service = service;
        this.out = out;
        this.clock = clock;
        dimensions.put(SERVICE, service);
    }

    @Override
    public void add(String name, double value, MetricUnit unit) {
        if (name == null || name.isBlank() || Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        EmfDocument.Metric metric = metrics.get(name);
        if (metric == null) {
            metric = new EmfDocument.Metric(unit.emfName());
            metrics.put(name, metric);
        }
        metric.add(value);
    }

    @Override
    public void dimension(String name, String value) {
        if (name != null && value != null && (dimensions.containsKey(name) || dimensions.size() < MAX_DIMENSIONS)) {
            dimensions.put(name, value);
        }
    }

    @Override
    public void metadata(String key, Object value) {
        if (key != null) {
            metadata.put(key, value);
        }
    }

    @Override
    public void coldStart(String functionName) {
        coldStartFunction = functionName == null ? "" : functionName;
    }

    @Override
    public void flush() {
        long now = clock.getAsLong();
        StringBuilder lines = LineBuffers.take();
        try {
            if (coldStartFunction != null) {
                Map<String, String> coldDimensions = new LinkedHashMap<>();
                coldDimensions.put(SERVICE, service);
                coldDimensions.put(FUNCTION_NAME, coldStartFunction);
                Map<String, EmfDocument.Metric> cold = Map.of(
                        "ColdStart", new EmfDocument.Metric(MetricUnit.COUNT.emfName(), 1.0));
                EmfDocument.write(lines, now, namespace, coldDimensions, cold, Map.of());
                lines.append('\n');
            }
            if (!metrics.isEmpty()) {
                EmfDocument.write(lines, now, namespace, dimensions, metrics, metadata);
                lines.append('\n');
            }
            if (lines.length() > 0) {
                String text = lines.toString();
                // One line per document: Lambda makes each stdout line one CloudWatch event, and EMF
                // extraction needs each event to be exactly one document.
                synchronized (out) {
                    out.print(text);
                    out.flush();
                }
            }
        } finally {
            LineBuffers.release(lines);
            metrics.clear();
            metadata.clear();
            dimensions.keySet().retainAll(SERVICE_ONLY);
            coldStartFunction = null;
        }
    }
}
