package dev.skiff.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw request behind a handler call, for what binding does not cover. Declare it as a
 * handler parameter to receive it.
 *
 * <pre>{@code
 * @Get("/whoami")
 * public String whoAmI(RequestContext context) {
 *     return context.caller().map(CallerIdentity::principal).orElse("anonymous");
 * }
 * }</pre>
 */
public interface RequestContext {
    /** The HTTP method, upper case. */
    String method();

    /** The request path as received, percent-encoded. */
    String path();

    /** The matched route's template, such as {@code /items/{id}}. */
    String routeTemplate();

    /** The matched operation's operationId. */
    String operationId();

    /** The first value of a header, matched case-insensitively. */
    Optional<String> header(String name);

    /** Every value of a header, matched case-insensitively; empty when absent. */
    List<String> headers(String name);

    /** The query parameters, each with its values in order. */
    Map<String, List<String>> queryParameters();

    /** The request cookies by name. */
    Map<String, String> cookies();

    /**
     * The id that ties this request's logs together: the {@code x-correlation-id} request
     * header, else the platform's request id, else a generated one. It is sent back as the
     * {@code x-correlation-id} response header.
     */
    String correlationId();

    /** Who called, when the platform authenticated the caller. */
    Optional<CallerIdentity> caller();

    /**
     * The platform's own context object: on Lambda the
     * {@code com.amazonaws.services.lambda.runtime.Context}; empty on the local server.
     */
    Optional<Object> platformContext();

    /** The platform's raw event, such as the API Gateway event as a JSON tree; empty locally. */
    Optional<Object> rawEvent();

    /**
     * Custom metrics for this request: CloudWatch EMF on Lambda, dropped by runtimes that
     * publish none (the default).
     */
    default Metrics metrics() {
        return Metrics.noop();
    }
}
