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

    /** Starts watching the body of {@code exchange}; call {@link #stop} when it has been read. */
    static IdleWatch start(HttpServerExchange exchange, Duration timeout) {
        IdleWatch watch = new IdleWatch(exchange, timeout);
        watch.schedule(watch.timeoutNanos);
        return watch;
    }

    /** Some bytes arrived. */
    void progressed() {
        lastProgress = System.nanoTime();
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
