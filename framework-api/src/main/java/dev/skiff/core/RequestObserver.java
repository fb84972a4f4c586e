package dev.skiff.core;

import dev.skiff.api.Metrics;
import java.util.List;

/**
 * Observes the requests a server answers, from before dispatch until the response has ended (a
 * stream's last chunk included), on the thread that answers them. The local server loads the
 * implementations registered in {@code META-INF/services/dev.skiff.core.RequestObserver} with
 * {@link java.util.ServiceLoader} (a framework SPI, not a search for application code): that is
 * how {@code skiff-runtime-lambda} gives an application that runs behind the Lambda Web Adapter
 * the Lambda handler's logs, metrics and traces.
 *
 * <pre>{@code
 * public final class Timing implements RequestObserver {
 *     public Observation begin(HttpRequest request, String correlationId) {
 *         long start = System.nanoTime();
 *         return (route, status, streamed, failed) -> System.out.println(route + " " + (System.nanoTime() - start));
 *     }
 * }
 * }</pre>
 */
public interface RequestObserver {
    /**
     * The observation of one request, or null when this observer has nothing to do with it.
     * {@code correlationId} is the one the server dispatches the request with and answers in
     * {@code x-correlation-id}.
     */
    Observation begin(HttpRequest request, String correlationId);

    /**
     * Whether this observer may observe any request of this process; true by default. An
     * inactive one (the Web Adapter's outside Lambda) lets the local server answer
     * {@link dev.skiff.api.NonBlocking} operations on its IO thread: an active observer may block,
     * so requests it could observe are answered on worker threads.
     */
    default boolean active() {
        return true;
    }

    /** Interceptors the observer needs around every operation (tracing, say); none by default. */
    default List<OperationInterceptor> interceptors() {
        return List.of();
    }

    /** One request under observation. */
    @FunctionalInterface
    interface Observation {
        /**
         * The response has ended. {@code route} is the matched route's key ({@code GET /items/{id}}),
         * or null when none matched; {@code streamed} says whether the body was streamed, and
         * {@code failed} whether it broke off after the status was sent (the application failed,
         * or the client went away). Called once, on the thread that began the observation.
         */
        void ended(String route, int status, boolean streamed, boolean failed);

        /** Where the request's handler metrics go ({@code RequestContext.metrics()}); null: the server's default. */
        default Metrics metrics() {
            return null;
        }

        /** The platform's context for the request ({@code RequestContext.platformContext()}); null: none. */
        default Object platformContext() {
            return null;
        }
    }
}
