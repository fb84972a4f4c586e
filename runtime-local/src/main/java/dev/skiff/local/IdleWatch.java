package dev.skiff.local;

import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Closes the connection of a request whose body stops arriving for the idle timeout: the
 * blocked read then fails and the request ends as a 400. Undertow's {@code READ_TIMEOUT} would
 * do it for the body but also cut a stream or a slow handler whose client is silently waiting.
 *
 * <p>The watch is armed only once a read would have to wait: scheduling it is a call into the
 * connection's IO thread (a selector wake-up from a worker), which a body that arrived with its
 * headers, the usual small JSON body, never needs.
 */
final class IdleWatch implements Runnable {
    private final HttpServerExchange exchange;
    private final long timeoutNanos;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stopped;
    private volatile XnioExecutor.Key next;

    private IdleWatch(HttpServerExchange exchange, Duration timeout) {
        this.exchange = exchange;
        this.timeoutNanos = timeout.toNanos();
    }

    /** A watch on the body of {@code exchange}, not yet armed; call {@link #stop} when it has been read. */
    static IdleWatch on(HttpServerExchange exchange, Duration timeout) {
        return new IdleWatch(exchange, timeout);
    }

    /** The next read may wait for the client: from now on, a silence of the timeout closes the connection. */
    void arm() {
        if (next == null && !stopped) {
            lastProgress = System.nanoTime();
            schedule(timeoutNanos);
        }
    }

    /** Some bytes arrived. */
    void progressed() {
        if (next != null) {
            lastProgress = System.nanoTime();
        }
    }

    void stop() {
        stopped = true;
        XnioExecutor.Key key = next;
        if (key != null) {
            key.remove();
        }
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        long idle = System.nanoTime() - lastProgress;
        if (idle >= timeoutNanos) {
            IoUtils.safeClose(exchange.getConnection());
        } else {
            schedule(timeoutNanos - idle);
        }
    }

    private void schedule(long nanos) {
        next = exchange.getIoThread().executeAfter(this, Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos)),
                TimeUnit.MILLISECONDS);
    }
}
