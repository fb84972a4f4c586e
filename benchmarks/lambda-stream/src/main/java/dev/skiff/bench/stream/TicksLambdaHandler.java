package dev.skiff.bench.stream;

import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.runtime.LambdaRuntime;

/**
 * The ticks API on Lambda: {@code handleRequest} answers whole (AWS's runtime client),
 * {@code main} starts Skiff's runtime loop, which streams {@code GET /ticks} chunk by chunk.
 *
 * <pre>{@code
 * handler: dev.skiff.bench.stream.TicksLambdaHandler::handleRequest
 * }</pre>
 */
public final class TicksLambdaHandler extends SkiffLambdaHandler {
    public TicksLambdaHandler() {
        super(SkiffRoutes.create(new TicksApi()));
    }

    /** Skiff's Lambda runtime loop, as the {@code bootstrap} and the exec wrapper start it. */
    public static void main(String[] args) {
        LambdaRuntime.serve(TicksLambdaHandler::new);
    }
}
