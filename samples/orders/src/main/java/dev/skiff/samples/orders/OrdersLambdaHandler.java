package dev.skiff.samples.orders;

import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.runtime.LambdaRuntime;

/**
 * The orders API on AWS Lambda. Built once in the init phase: the items client it holds signs
 * every call with the function role's current credentials, resolved per request.
 *
 * <pre>{@code
 * handler: dev.skiff.samples.orders.OrdersLambdaHandler::handleRequest
 * environment: ITEMS_API_URL=https://<id>.execute-api.<region>.amazonaws.com/prod/
 * }</pre>
 */
public final class OrdersLambdaHandler extends SkiffLambdaHandler {
    public OrdersLambdaHandler() {
        super(OrdersApplication.create(System.getenv()));
    }

    /** Skiff's Lambda runtime loop, as the {@code bootstrap} and the exec wrapper start it. */
    public static void main(String[] args) {
        LambdaRuntime.serve(OrdersLambdaHandler::new);
    }
}
