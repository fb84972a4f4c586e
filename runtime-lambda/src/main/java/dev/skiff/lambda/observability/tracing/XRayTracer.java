package dev.skiff.lambda.observability.tracing;

import dev.skiff.api.HttpException;
import dev.skiff.api.Tracing;
import dev.skiff.core.RequestValidationException;
import dev.skiff.core.StatusException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;

/**
 * Records one sampled invocation's subsegments under Lambda's function segment (the trace
 * header's {@code Parent}), nesting them as they are opened, and sends each when it ends.
 */
public final class XRayTracer implements Tracing.Backend {
    private static final HexFormat HEX = HexFormat.of();

    private final XRayEmitter emitter;
    private final TraceHeader header;
    private final SecureRandom random;
    private final Deque<Subsegment> open = new ArrayDeque<>();

    /**
     * @param random ids come from a {@link SecureRandom}, so that environments restored from one
     *               SnapStart snapshot do not repeat each other's ids
     */
    public XRayTracer(XRayEmitter emitter, TraceHeader header, SecureRandom random) {
        this.emitter = emitter;
        this.header = header;
        this.random = random;
    }

    @Override
    public <T, E extends Exception> T inSubsegment(String name, Map<String, Object> annotations,
                                                    Tracing.Work<T, E> work) throws E {
        Subsegment parent = open.peek();
        Subsegment subsegment = new Subsegment(newId(8), name, header.root(),
                parent == null ? header.parent() : parent.id, now());
        subsegment.annotate(annotations);
        open.push(subsegment);
        try {
            return work.run();
        } catch (Exception | Error failure) {
            subsegment.fail(failure, isClientError(failure));
            throw failure;
        } finally {
            open.pop();
            emitter.send(subsegment.toJson(now(), newId(8)));
        }
    }

    private static boolean isClientError(Throwable failure) {
        if (failure instanceof HttpException http) {
            return http.status() < 500;
        }
        if (failure instanceof StatusException status) {
            return status.status() < 500;
        }
        return failure instanceof RequestValidationException;
    }

    private String newId(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        return HEX.formatHex(id);
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
