package dev.skiff.local;

import dev.skiff.core.Dispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * Writes access lines on one daemon thread, so that a request thread (an IO thread for a
 * non-blocking operation) never waits on the logger's lock or on the terminal: slf4j-simple
 * synchronizes every line and flushes it. A request thread only offers its line to a bounded
 * queue; when the queue is full the line is dropped and counted, and the count is logged as a
 * warning by the writer thread once it catches up, and on {@link #close}.
 *
 * <p>The writer wakes for a line only when it has nothing to do; while lines keep coming it takes
 * them in batches, pausing {@link #BATCH_PAUSE_NANOS} after a batch that emptied the queue, so that
 * a busy server does not pay a thread wake-up (a system call on each side) for every request. A
 * queue that holds more than one batch is written without a pause: the pause never limits how
 * many lines a second the writer can write.
 */
final class AccessLogWriter implements AutoCloseable {
    /** Lines waiting for the writer; at about 100 bytes each, under a megabyte. */
    static final int DEFAULT_CAPACITY = 8192;

    /** One access line and the correlation id put in the MDC while it is written. */
    record Line(String message, String correlationId) {}

    private static final Line END = new Line("", null);
    /** How long the writer lets lines gather after writing all there were: 10 ms. */
    static final long BATCH_PAUSE_NANOS = 10_000_000;
    private static final int BATCH = 256;

    private final long batchPauseNanos;
    private final BlockingQueue<Line> queue;
    private final Consumer<Line> sink;
    private final Logger warnings;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    /** Set while the writer is parked with nothing to write: the next line must wake it. */
    private volatile boolean idle;
    private long reportedDrops;

    AccessLogWriter(int capacity, Consumer<Line> sink, Logger warnings) {
        this(capacity, BATCH_PAUSE_NANOS, sink, warnings);
    }

    AccessLogWriter(int capacity, long batchPauseNanos, Consumer<Line> sink, Logger warnings) {
        this.batchPauseNanos = batchPauseNanos;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sink = sink;
        this.warnings = warnings;
        this.thread = new Thread(this::drain, "skiff-access-log");
        thread.setDaemon(true);
    }

    /** Writes each line to {@code log} at INFO, with the correlation id in the MDC. */
    static AccessLogWriter to(Logger log) {
        return new AccessLogWriter(DEFAULT_CAPACITY, line -> {
            if (line.correlationId() != null) {
                MDC.put(Dispatcher.MDC_CORRELATION_ID, line.correlationId());
            }
            try {
                log.info(line.message());
            } finally {
                MDC.remove(Dispatcher.MDC_CORRELATION_ID);
            }
        }, log);
    }

    void start() {
        if (thread.getState() == Thread.State.NEW) {
            thread.start();
        }
    }

    /** Queues {@code line}, or drops and counts it when the queue is full; never blocks. */
    void write(Line line) {
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        } else if (idle) {
            LockSupport.unpark(thread);
        }
    }

    /** Lines dropped so far because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    /** Writes the lines already queued, reports the drops, and ends the writer thread. */
    @Override
    public void close() {
        if (!thread.isAlive()) {
            return;
        }
        try {
            // A full queue is being drained: END finds room within the wait, or the lines are lost anyway.
            if (queue.offer(END, 5, TimeUnit.SECONDS)) {
                LockSupport.unpark(thread);
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        List<Line> batch = new ArrayList<>(BATCH);
        // an interrupt ends the writer, as it did a blocked take (a park returns at once once interrupted)
        while (!Thread.currentThread().isInterrupted()) {
            int taken = queue.drainTo(batch, BATCH);
            if (batch.isEmpty()) {
                idle = true;
                // checked again after saying so: a line offered meanwhile either is seen here or wakes the park
                if (queue.isEmpty()) {
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            for (Line line : batch) {
                if (line == END) {
                    reportDrops();
                    return;
                }
                try {
                    sink.accept(line);
                } catch (RuntimeException e) {
                    // a broken appender must not end the access log for the rest of the run
                    warnings.warn("Could not write an access line", e);
                }
            }
            batch.clear();
            reportDrops();
            if (taken < BATCH) {
                // the queue was emptied: let the next lines gather (a full batch means more are waiting)
                LockSupport.parkNanos(this, batchPauseNanos);
            }
        }
    }

    private void reportDrops() {
        long total = dropped.get();
        if (total > reportedDrops) {
            warnings.warn("{} access log lines dropped: the log could not keep up ({} in all)",
                    total - reportedDrops, total);
            reportedDrops = total;
        }
    }
}
