package dev.skiff.lambda.observability;

import dev.skiff.lambda.observability.logging.LogSettings;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.lambda.observability.metrics.EmfMetrics;
import dev.skiff.lambda.spi.Invocation;
import dev.skiff.lambda.spi.InvocationMetrics;
import dev.skiff.lambda.spi.ObservabilityBackend;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Function;
import org.slf4j.MDC;

/**
 * The default backend: Skiff's own JSON-line SLF4J provider and EMF lines written directly,
 * with Powertools' keys, variables and metric shapes, and nothing of Powertools loaded.
 */
final class LeanObservability implements ObservabilityBackend {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LeanObservability.class);
    /** Skiff's SLF4J provider, named without loading it. */
    static final String PROVIDER = "dev.skiff.lambda.observability.logging.SkiffLoggingProvider";

    private final String namespace;
    private final PrintStream out;

    LeanObservability(Function<String, String> env, PrintStream out) {
        String configured = env.apply("POWERTOOLS_METRICS_NAMESPACE");
        // EMF needs a namespace; without one, metrics land under the service's name.
        this.namespace = configured == null || configured.isBlank() ? serviceOf(env) : configured;
        this.out = out;
        // Init phase: load and warm the log formatter now rather than in the first request.
        SkiffLogging.prime();
    }

    static String serviceOf(Function<String, String> env) {
        String service = env.apply("POWERTOOLS_SERVICE_NAME");
        return service == null || service.isBlank() ? LogSettings.UNDEFINED_SERVICE : service;
    }

    @Override
    public String slf4jProvider() {
        return PROVIDER;
    }

    @Override
    public void beginInvocation(Invocation invocation) {
        LambdaLogFields.put(invocation);
        double rate = SkiffLogging.settings().samplingRate();
        if (rate > 0) {
            MDC.put("sampling_rate", Double.toString(rate));
            double draw = java.util.concurrent.ThreadLocalRandom.current().nextDouble();
            if (SkiffLogging.beginInvocation(draw)) {
                LOG.debug("Changed log level to DEBUG based on Sampling configuration. Sampling Rate: {}, "
                        + "Invocation Value: {}.", rate, draw);
            }
        }
    }

    @Override
    public void endInvocation() {
        SkiffLogging.endInvocation();
        MDC.clear();
    }

    @Override
    public InvocationMetrics metrics(Invocation invocation) {
        return new EmfMetrics(namespace, invocation.service(), out, System::currentTimeMillis);
    }

    @Override
    public void prime() {
        EmfMetrics metrics = new EmfMetrics(namespace, "priming", new PrintStream(OutputStream.nullOutputStream()),
                System::currentTimeMillis);
        metrics.add("Priming", 1, dev.skiff.api.MetricUnit.COUNT);
        metrics.coldStart("priming");
        metrics.flush();
    }
}
