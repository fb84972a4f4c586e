package ${package};

import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.runtime.LambdaRuntime;

/**
 * ${title} on AWS Lambda: the same application as the local server, built once in Lambda's init
 * phase. Skiff's runtime loop starts from {@code main} (the package's {@code bootstrap} or
 * {@code skiff-exec-wrapper}) and streams {@code GET /items/stream}; the managed Java runtimes call
 * {@code handleRequest}. Logs are JSON lines, metrics EMF and traces X-Ray, configured by the
 * environment the CDK app sets (service name, namespace, tracing).
 *
 * <pre>{@code
 * handler: ${package}.${classPrefix}LambdaHandler::handleRequest
 * }</pre>
 */
public final class ${classPrefix}LambdaHandler extends SkiffLambdaHandler {
    public ${classPrefix}LambdaHandler() {
        super(${classPrefix}Application.create());
    }

    /** Skiff's Lambda runtime loop, as the {@code bootstrap} and the exec wrapper start it. */
    public static void main(String[] args) {
        LambdaRuntime.serve(${classPrefix}LambdaHandler::new);
    }
}
