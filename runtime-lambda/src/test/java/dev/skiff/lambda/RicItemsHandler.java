package dev.skiff.lambda;

/** The test application as a deployment would name it: {@code dev.skiff.lambda.RicItemsHandler::handleRequest}. */
public final class RicItemsHandler extends SkiffLambdaHandler {
    public RicItemsHandler() {
        super(TestApi.application());
    }
}
