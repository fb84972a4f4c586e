package dev.skiff.cdk;

/**
 * How a {@link SkiffApi} is exposed to its callers: its front door.
 *
 * <pre>{@code
 * SkiffApiProps.builder(SkiffOperations.class).apiType(ApiType.HTTP_API)...
 * }</pre>
 */
public enum ApiType {
    /**
     * An API Gateway REST API, the default: a resource and a method per operation, each with a
     * Lambda proxy integration that streams ({@code responseTransferMode STREAM}) for a streaming
     * operation and answers whole otherwise; CORS preflight on every resource; JSON access logs;
     * stage throttling; X-Ray; a WAFv2 web ACL unless turned off.
     */
    REST_API,

    /**
     * An API Gateway HTTP API (payload format 2.0): one route per operation, each authorised, and
     * API Gateway's own CORS configuration answering preflight. Answers whole: a streaming
     * operation's lines arrive together.
     */
    HTTP_API,

    /**
     * An {@code AWS_IAM} Lambda Function URL in {@code RESPONSE_STREAM} mode on one function that
     * serves the whole API ({@link IntegrationPattern#SHARED}), so streaming operations stream. The
     * function runs Skiff's own Lambda runtime by default, or the application's local (Undertow)
     * server behind the Lambda Web Adapter: see {@link StreamingRuntime}.
     */
    FUNCTION_URL
}
