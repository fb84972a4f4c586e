package dev.skiff.bench.lambda;

import dev.skiff.bench.app.BenchApp;
import dev.skiff.lambda.SkiffLambdaHandler;

/**
 * The bench app on Lambda, written as the user guide says.
 *
 * <pre>{@code
 * Handler: dev.skiff.bench.lambda.OrdersLambdaHandler::handleRequest
 * }</pre>
 */
public final class OrdersLambdaHandler extends SkiffLambdaHandler {
    public OrdersLambdaHandler() {
        super(BenchApp.create());
    }
}
