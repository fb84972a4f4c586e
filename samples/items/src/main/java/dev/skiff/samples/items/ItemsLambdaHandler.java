package dev.skiff.samples.items;

import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.runtime.LambdaRuntime;

/**
 * The items API on AWS Lambda, behind API Gateway or a Function URL: the same application the
 * local server runs, built once in Lambda's init phase. The managed Java runtimes call
 * {@code handleRequest} (answers whole); Skiff's own runtime loop starts from {@code main}, through
 * the package's {@code bootstrap} or {@code skiff-exec-wrapper}, and streams {@code GET /items/stream}.
 *
 * <pre>{@code
 * handler: dev.skiff.samples.items.ItemsLambdaHandler::handleRequest
 * }</pre>
 */
public final class ItemsLambdaHandler extends SkiffLambdaHandler {
    public ItemsLambdaHandler() {
        super(ItemsApplication.create());
    }

    /** Skiff's Lambda runtime loop, as the {@code bootstrap} and the exec wrapper start it. */
    public static void main(String[] args) {
        LambdaRuntime.serve(ItemsLambdaHandler::new);
    }
}
