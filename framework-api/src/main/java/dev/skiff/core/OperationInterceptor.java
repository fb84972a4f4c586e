package dev.skiff.core;

import dev.skiff.api.RequestContext;

/**
 * Runs around every operation's invoker, for what a runtime adds per operation (an X-Ray
 * subsegment, say). Interceptors see the matched route; they must call {@code next} once.
 */
@FunctionalInterface
public interface OperationInterceptor {
    HttpResponse around(Route route, RequestContext context, Call call, Invoker next) throws Exception;
}
