package dev.skiff.samples.items.infra;

import java.nio.file.Path;

import dev.skiff.cdk.ApiType;
import dev.skiff.cdk.OperationOptions;
import dev.skiff.cdk.SkiffApi;
import dev.skiff.cdk.SkiffApiProps;
import dev.skiff.samples.items.SkiffOperations;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * The two ways the sample deploys the items API, one stack each, both from the same Lambda package:
 * the default (a REST API, one IAM-authorised function per operation, {@code GET /items/stream}
 * streamed through a STREAM integration by Skiff's own runtime, the others answered whole by the
 * managed runtime), and one function behind a streaming, IAM-authenticated Function URL. Operations
 * are named through the sample's generated {@link SkiffOperations}, so a misspelled one does not compile.
 */
final class ItemsStacks {

    static final String REST_API_STACK = "SkiffItemsApi";
    static final String STREAMING_STACK = "SkiffItemsStreaming";

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";

    private ItemsStacks() {
    }

    static void addTo(App app, Path lambdaPackage) {
        Stack rest = new Stack(app, REST_API_STACK, StackProps.builder()
                .description("Skiff sample: items API, a REST API with one IAM-authorised function per operation")
                .build());
        new SkiffApi<>(rest, "ItemsApi", SkiffApiProps.builder(SkiffOperations.class)
                .packageDirectory(lambdaPackage)
                .handler(HANDLER)
                // A stream may run longer than a request/response call.
                .operation(SkiffOperations.STREAM_ITEMS, OperationOptions.builder()
                        .timeout(Duration.minutes(5))
                        .build())
                .operation(SkiffOperations.CREATE_ITEM, OperationOptions.builder()
                        .memorySize(1536)
                        .build())
                .build());

        Stack streaming = new Stack(app, STREAMING_STACK, StackProps.builder()
                .description("Skiff sample: items API on a streaming, IAM-authenticated Function URL")
                .build());
        new SkiffApi<>(streaming, "ItemsStreamingApi", SkiffApiProps.builder(SkiffOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .packageDirectory(lambdaPackage)
                .handler(HANDLER)
                .build());
    }
}
