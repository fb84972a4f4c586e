package dev.skiff.api;

import java.util.Objects;

/**
 * Resolves a dependency ({@link Depends}) for one request from its context: the headers, the
 * caller's identity, the correlation id. It may throw {@link HttpException} (a 401 for a missing
 * principal, say), answered like one thrown by the operation and subject to the application's
 * exception handlers. A value that holds a resource is closed by {@link #close}, once, after the
 * response has been produced: also when the operation or a later resolver failed, and for a
 * streamed response after the stream ended.
 *
 * <pre>{@code
 * app.withResolver(CurrentUser.class, context -> context.header("x-user")
 *         .map(CurrentUser::new)
 *         .orElseThrow(() -> new HttpException(401, "Not authenticated")));
 *
 * app.withResolver(Connection.class, Resolver.closing(context -> pool.take(), Connection::close));
 * }</pre>
 *
 * @param <T> the type it resolves
 */
@FunctionalInterface
public interface Resolver<T> {
    /** The value for the request {@code context} describes. */
    T resolve(RequestContext context) throws Exception;

    /**
     * Releases {@code value} after the response was produced; by default nothing. A failure is
     * logged and does not change the response.
     */
    default void close(T value) throws Exception {
    }

    /** A resolver that closes what {@code resolver} resolved with {@code closer}. */
    static <T> Resolver<T> closing(Resolver<T> resolver, Closer<? super T> closer) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(closer, "closer");
        return new Resolver<>() {
            @Override
            public T resolve(RequestContext context) throws Exception {
                return resolver.resolve(context);
            }

            @Override
            public void close(T value) throws Exception {
                closer.close(value);
            }
        };
    }

    /** The close step of {@link #closing}. */
    @FunctionalInterface
    interface Closer<T> {
        void close(T value) throws Exception;
    }
}
