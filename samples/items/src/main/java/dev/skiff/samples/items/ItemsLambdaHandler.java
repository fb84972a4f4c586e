package dev.skiff.samples.items;

import dev.skiff.lambda.SkiffLambdaHandler;

/**
 * The items API on AWS Lambda, behind API Gateway or a Function URL: the same application the
 * local server runs, built once in Lambda's init phase.
 *
 * <pre>{@code
 * handler: dev.skiff.samples.items.ItemsLambdaHandler::handleRequest
 * }</pre>
 */
public final class ItemsLambdaHandler extends SkiffLambdaHandler {
    public ItemsLambdaHandler() {
        super(ItemsApplication.create());
    }
}
