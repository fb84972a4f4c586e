package dev.skiff.samples.items.infra;

import java.nio.file.Path;
import java.util.Map;

import dev.skiff.cdk.ApiType;
import dev.skiff.cdk.OperationOptions;
import dev.skiff.cdk.SkiffApi;
import dev.skiff.cdk.SkiffApiProps;
import dev.skiff.samples.items.SkiffOperations;
import dev.skiff.samples.orders.ItemsConnection;
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
 *
 * <p>A third stack deploys the orders sample, a Skiff service calling the items REST API through
 * its generated Java client: its function gets the items API's URL and the grant to call
 * {@code GET /items/{id}}, and signs its calls with its role's credentials.
 */
final class ItemsStacks {

    static final String REST_API_STACK = "SkiffItemsApi";
    static final String STREAMING_STACK = "SkiffItemsStreaming";
    static final String ORDERS_STACK = "SkiffOrdersApi";

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";
    static final String ORDERS_HANDLER = "dev.skiff.samples.orders.OrdersLambdaHandler::handleRequest";

    private ItemsStacks() {
    }

    static void addTo(App app, Path itemsPackage, Path ordersPackage) {
        Stack rest = new Stack(app, REST_API_STACK, StackProps.builder()
                .description("Skiff sample: items API, a REST API with one IAM-authorised function per operation")
                .build());
        SkiffApi<SkiffOperations> items = new SkiffApi<>(rest, "ItemsApi", SkiffApiProps.builder(SkiffOperations.class)
                .packageDirectory(itemsPackage)
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
                .packageDirectory(itemsPackage)
                .handler(HANDLER)
                .build());

        Stack ordersStack = new Stack(app, ORDERS_STACK, StackProps.builder()
                .description("Skiff sample: orders API, calling the items API with IAM")
                .build());
        SkiffApi<dev.skiff.samples.orders.SkiffOperations> orders = new SkiffApi<>(ordersStack, "OrdersApi",
                SkiffApiProps.builder(dev.skiff.samples.orders.SkiffOperations.class)
                        .packageDirectory(ordersPackage)
                        .handler(ORDERS_HANDLER)
                        .environment(Map.of(ItemsConnection.URL_VARIABLE, items.getUrl()))
                        .build());
        // Only what orders calls: GET /items/{id}. In an execute-api ARN the path variable is *,
        // which also matches the GET paths below /items/ (synthesis warns, naming them).
        orders.getFunctions().forEach(function -> items.grantInvokeAccess(function, SkiffOperations.GET_ITEM));
    }
}
