package dev.skiff.dev;

import dev.skiff.core.Application;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.local.LocalEndpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * {@code POST /_skiff/lambda}: takes a raw API Gateway (REST payload 1.0, HTTP API payload 2.0)
 * or Function URL event as the body, runs it through the real {@link SkiffLambdaHandler} of the
 * version being served, and answers with the handler's output, the Lambda-format response, as
 * Lambda's Invoke API would. The Lambda path can so be tried and debugged without AWS:
 * <pre>{@code
 * curl -s localhost:8080/_skiff/lambda -d @events/get-item.json
 * }</pre>
 */
final class LambdaEvents implements LocalEndpoint {
    /** Where the endpoint is served. */
    static final String PATH = "/_skiff/lambda";

    private record Built(Application application, SkiffLambdaHandler handler) {}

    private volatile Built built;

    @Override
    public HttpResponse handle(HttpRequest request, Application current) throws Exception {
        if (!request.method().equals("POST")) {
            return ErrorResponses.methodNotAllowed(Set.of("POST"));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        // No Lambda context: the handler runs without one, as in its own tests and benchmarks.
        handlerFor(current).handleRequest(new ByteArrayInputStream(request.body()), output, null);
        return HttpResponse.json(200, output.toByteArray());
    }

    /** One handler per application version, built like Lambda's init phase builds it. */
    private SkiffLambdaHandler handlerFor(Application current) {
        Built now = built;
        if (now == null || now.application() != current) {
            now = new Built(current, new SkiffLambdaHandler(current) {});
            built = now;
        }
        return now.handler();
    }
}
