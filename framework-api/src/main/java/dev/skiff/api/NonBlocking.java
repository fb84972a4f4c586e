package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Promises that an operation, or every operation of a handler class, never blocks: no file,
 * socket or database access, no {@code Thread.sleep}, no lock held for long, no waiting on a
 * future. Its dependency resolvers and the application's interceptors must not block either.
 *
 * <p>The local server ({@code LocalServer}, and so the Lambda Web Adapter image) then answers it
 * on the connection's IO thread: the body is read without blocking, and the handler runs and
 * the response is written there, without handing the request to a worker thread. That saves
 * the hand-off, which costs more than a small in-memory operation. An operation that does block
 * after all stalls every connection that IO thread serves: leave it unmarked, it stays on a
 * worker thread as every unmarked operation does. An operation answering with a stream
 * ({@code Stream<T>}, {@code InputStream}, server-sent events) is still answered on a worker
 * thread, since its body is written as it is produced. On Lambda it changes nothing.
 *
 * <pre>{@code
 * @NonBlocking
 * @Post("/items/{id}/adjustments")
 * public Item adjust(@Path long id, @Body Adjustment adjustment) {
 *     return store.adjust(id, adjustment); // an in-memory map: never waits
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NonBlocking {
}
