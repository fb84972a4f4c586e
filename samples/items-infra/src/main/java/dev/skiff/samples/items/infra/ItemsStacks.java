package dev.skiff.samples.items.infra;

import java.nio.file.Path;

import dev.skiff.cdk.ApiType;
import dev.skiff.cdk.SkiffApi;
import dev.skiff.cdk.SkiffApiProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** The two ways the sample deploys the items API, one stack each. */
final class ItemsStacks {

    static final String HTTP_API_STACK = "SkiffItemsApi";
    static final String STREAMING_STACK = "SkiffItemsStreaming";

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";
    static final String MAIN_CLASS = "dev.skiff.samples.items.ItemsApplication";

    private ItemsStacks() {
    }

    static void addTo(App app, Path jar) {
        Stack http = new Stack(app, HTTP_API_STACK, StackProps.builder()
                .description("Skiff sample: items API behind an IAM-authorised HTTP API")
                .build());
        new SkiffApi(http, "ItemsApi", SkiffApiProps.builder()
                .jarPath(jar)
                .handler(HANDLER)
                .build());

        Stack streaming = new Stack(app, STREAMING_STACK, StackProps.builder()
                .description("Skiff sample: items API on a streaming, IAM-authenticated Function URL")
                .build());
        new SkiffApi(streaming, "ItemsStreamingApi", SkiffApiProps.builder()
                .apiType(ApiType.FUNCTION_URL)
                .jarPath(jar)
                .mainClass(MAIN_CLASS)
                .build());
    }
}
