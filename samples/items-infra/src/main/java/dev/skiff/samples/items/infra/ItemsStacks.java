package dev.skiff.samples.items.infra;

import java.nio.file.Path;

import dev.skiff.cdk.ApiType;
import dev.skiff.cdk.SkiffApi;
import dev.skiff.cdk.SkiffApiProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * The two ways the sample deploys the items API, one stack each, both from the same Lambda package:
 * buffered behind an HTTP API (the managed runtime calls the handler), and streamed from a Function
 * URL by Skiff's own runtime (the package's exec wrapper starts the handler class's main).
 */
final class ItemsStacks {

    static final String HTTP_API_STACK = "SkiffItemsApi";
    static final String STREAMING_STACK = "SkiffItemsStreaming";

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";

    private ItemsStacks() {
    }

    static void addTo(App app, Path lambdaPackage) {
        Stack http = new Stack(app, HTTP_API_STACK, StackProps.builder()
                .description("Skiff sample: items API behind an IAM-authorised HTTP API")
                .build());
        new SkiffApi(http, "ItemsApi", SkiffApiProps.builder()
                .packageDirectory(lambdaPackage)
                .handler(HANDLER)
                .build());

        Stack streaming = new Stack(app, STREAMING_STACK, StackProps.builder()
                .description("Skiff sample: items API on a streaming, IAM-authenticated Function URL")
                .build());
        new SkiffApi(streaming, "ItemsStreamingApi", SkiffApiProps.builder()
                .apiType(ApiType.FUNCTION_URL)
                .packageDirectory(lambdaPackage)
                .handler(HANDLER)
                .build());
    }
}
