package dev.skiff.lambda.spi;

/**
 * Where the Lambda handler's logs and metrics go. The lean default writes JSON lines and EMF
 * itself; {@code skiff-runtime-lambda-powertools} registers one in
 * {@code META-INF/services/dev.skiff.lambda.spi.ObservabilityBackend} that uses Powertools.
 * The handler loads this one interface with {@link java.util.ServiceLoader} (a framework SPI,
 * not a search for application code) or takes a backend in its constructor.
 *
 * <pre>{@code
 * public final class ItemsLambdaHandler extends SkiffLambdaHandler {
 *     public ItemsLambdaHandler() { super(ItemsApplication.create(), new MyBackend()); }
 * }
 * }</pre>
 */
public interface ObservabilityBackend {
    /**
     * The SLF4J provider class this backend logs through; the handler sets it as the
     * {@code slf4j.provider} system property (unless already set) before anything logs, so
     * SLF4J neither searches nor has to choose between providers.
     */
    String slf4jProvider();

    /** Puts the invocation's Lambda fields into the logging context, before anything logs. */
    void beginInvocation(Invocation invocation);

    /** Clears everything {@link #beginInvocation} and the request put into the logging context. */
    void endInvocation();

    /** A fresh recorder for one invocation's metrics. */
    InvocationMetrics metrics(Invocation invocation);

    /** Warms formatters before a SnapStart checkpoint; writes nothing. */
    default void prime() {}

    /**
     * Whether {@link #metrics} gives every invocation its own recorder, so that invocations running
     * at once on different threads ({@code AWS_LAMBDA_MAX_CONCURRENCY}) never share metrics.
     */
    default boolean supportsConcurrentInvocations() {
        return true;
    }
}
