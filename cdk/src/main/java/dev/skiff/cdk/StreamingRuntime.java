package dev.skiff.cdk;

/**
 * What answers the invocations of a {@link ApiType#FUNCTION_URL} API, so that streaming operations
 * stream: Skiff's own client of the Lambda Runtime API, or the application's local server behind
 * the AWS Lambda Web Adapter.
 *
 * <pre>{@code
 * SkiffApiProps.builder(SkiffOperations.class)
 *         .apiType(ApiType.FUNCTION_URL)
 *         .packageDirectory("../items/target/lambda")            // StreamingRuntime.SKIFF, the default
 *         .handler("dev.skiff.samples.items.ItemsLambdaHandler::handleRequest")
 *         .build();
 * SkiffApiProps.builder(SkiffOperations.class)
 *         .apiType(ApiType.FUNCTION_URL)
 *         .streamingRuntime(StreamingRuntime.WEB_ADAPTER)
 *         .jarPath("../items/target/skiff-sample-items-0.1.0-SNAPSHOT-all.jar")
 *         .mainClass("dev.skiff.samples.items.ItemsApplication")
 *         .build();
 * }</pre>
 */
public enum StreamingRuntime {
    /**
     * Skiff's own Lambda runtime (the handler class's {@code main}, {@code LambdaRuntime.serve}),
     * deployed from a {@code packageDirectory}. On a managed Java runtime the package's
     * {@code skiff-exec-wrapper} starts it in place of AWS's runtime client, keeping the runtime's JVM
     * options (and so SnapStart); on {@link SkiffRuntime#NATIVE} the package's {@code bootstrap} is
     * the native executable. No layer, no local server. The default.
     */
    SKIFF,

    /**
     * The application's local (Undertow) server, started by a generated {@code run.sh} from
     * {@code mainClass} (a {@code jarPath} or {@code packageDirectory}; or a native
     * {@code bootstrap}), behind the AWS Lambda Web Adapter layer, which turns invocations into
     * HTTP requests on {@code localhost:PORT}.
     */
    WEB_ADAPTER
}
