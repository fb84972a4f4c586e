package dev.skiff.local;

import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;

/**
 * An extra path served beside the application, in the runtime-neutral request and response
 * types: tools such as the dev server's Lambda event endpoint use it. Its request body is read
 * under the same size limit; an exception it throws is logged and answered with a 500.
 *
 * <pre>{@code
 * LocalServer.builder(app)
 *         .endpoint("/_health", (request, current) -> HttpResponse.text(200, current.title() + " is up"))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface LocalEndpoint {
    /** Answers {@code request}; {@code current} is the application being served right now. */
    HttpResponse handle(HttpRequest request, Application current) throws Exception;
}
