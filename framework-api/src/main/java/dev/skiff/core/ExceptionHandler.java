package dev.skiff.core;

import dev.skiff.api.RequestContext;

/**
 * Turns an exception an operation threw into its answer, registered for a type with
 * {@link Application#withExceptionHandler}. The handler of the most specific registered type wins
 * (the exception's own class, then its superclasses); without one, DESIGN.md's error table answers
 * (422 for validation, the status of an {@code HttpException}, 500 otherwise). A handler that throws
 * is answered 500.
 *
 * <pre>{@code
 * app.withExceptionHandler(ItemLocked.class, (locked, context) ->
 *         HttpResponse.json(409, ("{\"detail\":\"" + locked.getMessage() + "\"}").getBytes(UTF_8)));
 * }</pre>
 *
 * @param <E> the exception type it answers
 */
@FunctionalInterface
public interface ExceptionHandler<E extends Throwable> {

    /** The answer to {@code exception}, thrown while serving the request {@code context} describes. */
    HttpResponse handle(E exception, RequestContext context) throws Exception;
}
