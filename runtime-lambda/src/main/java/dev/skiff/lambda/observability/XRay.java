package dev.skiff.lambda.observability;

import dev.skiff.api.Tracing;
import dev.skiff.lambda.observability.tracing.TraceHeader;
import dev.skiff.lambda.observability.tracing.TracingInterceptor;
import dev.skiff.lambda.observability.tracing.XRayEmitter;
import dev.skiff.lambda.observability.tracing.XRayTracer;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The gate in front of X-Ray: for an invocation whose trace header says {@code Sampled=1} it
 * installs a tracer, creating the emitter on first use; otherwise it touches nothing of X-Ray.
 */
final class XRay {
    private static final Tracing.Installed NOTHING = () -> { };

    private final String daemonAddress;
    private XRayEmitter emitter;
    private SecureRandom random;

    XRay(String daemonAddress) {
        this.daemonAddress = daemonAddress;
    }

    /** Starts tracing the invocation if it is sampled; closing the handle ends it. */
    synchronized Tracing.Installed begin(Optional<TraceHeader> header, TracingInterceptor interceptor,
                                         boolean coldStart, String service) {
        if (header.isEmpty() || !header.get().sampled()) {
            return NOTHING;
        }
        if (emitter == null) {
            emitter = new XRayEmitter(daemonAddress);
            random = new SecureRandom();
        }
        Tracing.Installed annotations = interceptor.begin(coldStart, service);
        Tracing.Installed tracer = Tracing.install(new XRayTracer(emitter, header.get(), random));
        return () -> {
            tracer.close();
            annotations.close();
        };
    }

    /** Drops the socket and random source, which must not outlive a SnapStart snapshot. */
    synchronized void reset() {
        if (emitter != null) {
            emitter.close();
            emitter = null;
            random = null;
        }
    }
}
