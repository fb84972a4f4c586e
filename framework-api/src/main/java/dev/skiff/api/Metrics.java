package dev.skiff.api;

/**
 * Custom CloudWatch metrics for the current request, reached through
 * {@link RequestContext#metrics()}. On Lambda they are written as Embedded Metric Format
 * once per invocation, next to the framework's own {@code RequestCount}, {@code Latency} and
 * friends, with the same {@code service} and {@code route} dimensions; on the local server
 * they are dropped.
 *
 * <pre>{@code
 * @Get("/items/{id}")
 * public Item getItem(long id, RequestContext context) {
 *     context.metrics().add("ItemViewed", 1, MetricUnit.COUNT);
 *     context.metrics().metadata("item_id", id);
 *     return store.get(id);
 * }
 * }</pre>
 */
public interface Metrics {
    /** Records {@code value} for metric {@code name}; repeated names keep every value. */
    void add(String name, double value, MetricUnit unit);

    /** Records a metric without a unit ({@link MetricUnit#NONE}). */
    default void add(String name, double value) {
        add(name, value, MetricUnit.NONE);
    }

    /** Adds a dimension to every metric of this request (besides {@code service} and {@code route}). */
    void dimension(String name, String value);

    /** Attaches a searchable value to this request's metrics document; it is not a metric. */
    void metadata(String key, Object value);

    /** Metrics that go nowhere: what the local server and tests get. */
    static Metrics noop() {
        return NoopMetrics.INSTANCE;
    }
}

/** The metrics of runtimes that do not publish any. */
final class NoopMetrics implements Metrics {
    static final NoopMetrics INSTANCE = new NoopMetrics();

    private NoopMetrics() {}

    @Override
    public void add(String name, double value, MetricUnit unit) {}

    @Override
    public void dimension(String name, String value) {}

    @Override
    public void metadata(String key, Object value) {}
}
