package dev.skiff.lambda.powertools;

import dev.skiff.lambda.observability.LambdaLogFields;
import dev.skiff.lambda.spi.Invocation;
import dev.skiff.lambda.spi.InvocationMetrics;
import dev.skiff.lambda.spi.ObservabilityBackend;
import org.slf4j.MDC;
import software.amazon.cloudwatchlogs.emf.config.EnvironmentConfigurationProvider;
import software.amazon.cloudwatchlogs.emf.environment.Environments;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;

/**
 * Logs and metrics through Powertools for AWS Lambda (Java) 2.x: SLF4J on log4j2 with
 * Powertools' {@code LambdaJsonLayout}, and powertools-metrics' EMF. Adding
 * {@code skiff-runtime-lambda-powertools} as a dependency is all it takes: this class is
 * registered for Skiff's {@link ObservabilityBackend} interface, and the handler then names
 * log4j's SLF4J provider in {@code slf4j.provider}.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.skiff</groupId>
 *   <artifactId>skiff-runtime-lambda-powertools</artifactId>
 * </dependency>
 * }</pre>
 *
 * <p>Powertools' functional API is used (no AspectJ). The Lambda fields come from
 * {@code PowertoolsLogging.initializeLogging}; the correlation id is put into the MDC by the
 * handler from the typed event (no JMESPath); the cold-start flag is the framework's, written
 * over Powertools' own, which its functional API never clears. EMF is pinned to the Lambda
 * environment, so the EMF library never probes for ECS or EC2.
 */
public final class PowertoolsObservability implements ObservabilityBackend {
    private static final String LOG4J_PROVIDER = "org.apache.logging.slf4j.SLF4JServiceProvider";

    static {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:skiff-log4j2.properties");
        }
    }

    private final String namespace;
    private volatile boolean emfPinned;

    /** Reads {@code POWERTOOLS_METRICS_NAMESPACE}, defaulting to the service name. */
    public PowertoolsObservability() {
        String configured = System.getenv("POWERTOOLS_METRICS_NAMESPACE");
        String service = System.getenv("POWERTOOLS_SERVICE_NAME");
        this.namespace = configured != null && !configured.isBlank() ? configured
                : service != null && !service.isBlank() ? service : "service_undefined";
    }

    /**
     * Powertools' metrics are one instance per process ({@code MetricsFactory.getMetricsInstance()}):
     * invocations running at once would add to and flush each other's.
     */
    @Override
    public boolean supportsConcurrentInvocations() {
        return false;
    }

    @Override
    public String slf4jProvider() {
        return LOG4J_PROVIDER;
    }

    @Override
    public void beginInvocation(Invocation invocation) {
        if (invocation.context() != null) {
            PowertoolsLogging.initializeLogging(invocation.context());
        }
        // The framework's values win: Powertools' cold-start flag is never cleared by its
        // functional API, and its service name is the same variable read the same way.
        LambdaLogFields.put(invocation);
    }

    @Override
    public void endInvocation() {
        MDC.clear();
    }

    @Override
    public InvocationMetrics metrics(Invocation invocation) {
        return new PowertoolsMetrics(metricsInstance(), namespace, invocation.service());
    }

    @Override
    public void prime() {
        metricsInstance();
    }

    private Metrics metricsInstance() {
        if (!emfPinned) {
            // Without an override the EMF library works out its environment by probing ECS and
            // EC2 endpoints when AWS_LAMBDA_FUNCTION_NAME is absent; on Lambda it is Lambda.
            EnvironmentConfigurationProvider.getConfig().setEnvironmentOverride(Environments.Lambda);
            emfPinned = true;
        }
        Metrics metrics = MetricsFactory.getMetricsInstance();
        metrics.setNamespace(namespace);
        return metrics;
    }
}
