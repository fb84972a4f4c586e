package dev.skiff.cdk;

/**
 * How a {@link SkiffApi} is exposed to its callers.
 *
 * <pre>{@code
 * SkiffApiProps.builder().apiType(ApiType.FUNCTION_URL)...
 * }</pre>
 */
public enum ApiType {
    /**
     * An API Gateway HTTP API (payload format 2.0) with {@code ANY /} and {@code ANY /{proxy+}}
     * routes to the function's alias, CORS preflight, and an authorizer chosen by {@link ApiAuth}.
     * The function runs the Skiff Lambda handler.
     */
    API_GATEWAY,

    /**
     * An {@code AWS_IAM} Lambda Function URL in {@code RESPONSE_STREAM} mode, so streaming operations
     * stream in production. The function runs Skiff's own Lambda runtime by default, or the
     * application's local (Undertow) server behind the Lambda Web Adapter: see
     * {@link StreamingRuntime}.
     */
    FUNCTION_URL
}
