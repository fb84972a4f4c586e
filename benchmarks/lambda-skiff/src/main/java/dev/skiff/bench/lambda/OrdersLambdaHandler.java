package dev.skiff.bench.lambda;

import dev.skiff.bench.app.BenchApp;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.runtime.LambdaRuntime;

/**
 * The bench app on Lambda, written as the user guide says: {@code handleRequest} for AWS's
 * runtime client, {@code main} for Skiff's own runtime loop.
 *
 * <pre>{@code
 * Handler: dev.skiff.bench.lambda.OrdersLambdaHandler::handleRequest
 * }</pre>
 */
public final class OrdersLambdaHandler extends SkiffLambdaHandler {
    public OrdersLambdaHandler() {
        super(BenchApp.create());
    }

    /** Skiff's Lambda runtime loop, as the {@code bootstrap} and the exec wrapper start it. */
    public static void main(String[] args) {
        LambdaRuntime.serve(OrdersLambdaHandler::new);
    }
}
