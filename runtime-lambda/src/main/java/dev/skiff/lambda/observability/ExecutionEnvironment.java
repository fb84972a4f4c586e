package dev.skiff.lambda.observability;

import dev.skiff.api.Tracing;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.lambda.observability.tracing.TraceHeader;
import dev.skiff.lambda.observability.tracing.TracingInterceptor;
import dev.skiff.lambda.spi.ObservabilityBackend;
import java.util.Optional;

/**
 * What observability keeps for one Lambda execution environment — the cold-start flag, the
 * X-Ray gate, the backend — and what a SnapStart checkpoint and restore do to it. The handler
 * and its CRaC priming share one instance; neither calls the other.
 */
public final class ExecutionEnvironment {
    private static final String UNSAMPLED_HEADER =
            "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0";

    private final ObservabilityBackend backend;
    private final ColdStart coldStart;
    private final XRay xray;

    /**
     * For {@code backend}, sending X-Ray segments to {@code xrayDaemonAddress} (null: the default),
     * in an environment initialised as {@code initializationType} says
     * ({@code AWS_LAMBDA_INITIALIZATION_TYPE}; null: on demand).
     */
    public ExecutionEnvironment(ObservabilityBackend backend, String xrayDaemonAddress, String initializationType) {
        this.backend = backend;
        this.xray = new XRay(xrayDaemonAddress);
        this.coldStart = new ColdStart(initializationType);
    }

    /** True for the first invocation of an on-demand environment, then false; see {@link ColdStart}. */
    public boolean takeColdStart() {
        return coldStart.take();
    }

    /** Starts tracing the invocation if its header says it is sampled; closing the handle ends it. */
    public Tracing.Installed beginTracing(Optional<TraceHeader> header, TracingInterceptor interceptor,
                                          boolean coldStart, String service) {
        return xray.begin(header, interceptor, coldStart, service);
    }

    /** Warms trace-header parsing, log and metric formatting before a checkpoint; writes nothing. */
    public void prime() {
        TraceHeader.parse(UNSAMPLED_HEADER);
        SkiffLogging.prime();
        backend.prime();
    }

    /** After a SnapStart restore: no cold start is reported, and no socket outlives the snapshot. */
    public void afterRestore() {
        coldStart.restored();
        xray.reset();
    }
}
