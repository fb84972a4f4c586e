package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A request thread never waits for the access log: a log that cannot keep up loses lines, counted. */
class AccessLogWriterTest {
    @Test
    void aStalledLog_dropsAndCountsLines_withoutBlockingTheRequestThread() throws Exception {
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch firstTaken = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        AccessLogWriter writer = new AccessLogWriter(2, line -> {
            firstTaken.countDown();
            await(stalled);
            written.add(line.message());
        }, LoggerFactory.getLogger(AccessLogWriterTest.class));
        writer.start();

        writer.write(new AccessLogWriter.Line("line 0", null));
        assertThat(firstTaken.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            writer.write(new AccessLogWriter.Line("line " + i, null));
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(tookMillis).isLessThan(1000);
        assertThat(writer.dropped()).isEqualTo(3);
        stalled.countDown();
        writer.close();
        assertThat(written).containsExactly("line 0", "line 1", "line 2");
    }

    @Test
    void close_writesEveryQueuedLineFirst() {
        List<String> written = new CopyOnWriteArrayList<>();
        AccessLogWriter writer = new AccessLogWriter(1000, line -> written.add(line.message()),
                LoggerFactory.getLogger(AccessLogWriterTest.class));
        writer.start();
        for (int i = 0; i < 500; i++) {
            writer.write(new AccessLogWriter.Line("line " + i, null));
        }

        writer.close();

        assertThat(written).hasSize(500).startsWith("line 0").endsWith("line 499");
        assertThat(writer.dropped()).isZero();
    }

    @Test
    void aLineOfferedWhileTheWriterIdlesOrPauses_isWrittenSoon() throws Exception {
        // the writer parks with nothing to do, and pauses between batches: neither may strand a line
        List<String> written = new CopyOnWriteArrayList<>();
        AccessLogWriter writer = new AccessLogWriter(1000, line -> written.add(line.message()),
                LoggerFactory.getLogger(AccessLogWriterTest.class));
        writer.start();
        Random random = new Random(20);
        for (int i = 0; i < 300; i++) {
            Thread.sleep(random.nextInt(3) == 0 ? random.nextInt(15) : 0);
            writer.write(new AccessLogWriter.Line("line " + i, null));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (written.size() <= i && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(written).as("line %d written within 5 s", i).hasSize(i + 1);
        }
        writer.close();
    }

    @Test
    void aQueueHoldingSeveralBatches_isWrittenWithoutPausing() throws Exception {
        // a pause after every batch of 256 would cap the writer at 256 lines a pause (25,600 lines/s
        // at 10 ms), and a busy server logs more: lines would be dropped. An hour's pause shows it.
        List<String> written = new CopyOnWriteArrayList<>();
        AccessLogWriter writer = new AccessLogWriter(AccessLogWriter.DEFAULT_CAPACITY, TimeUnit.HOURS.toNanos(1),
                line -> written.add(line.message()), LoggerFactory.getLogger(AccessLogWriterTest.class));
        int lines = 10 * 256 + 7;
        for (int i = 0; i < lines; i++) {
            writer.write(new AccessLogWriter.Line("line " + i, null));
        }

        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (written.size() < lines && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }

        assertThat(written).hasSize(lines).startsWith("line 0").endsWith("line " + (lines - 1));
        assertThat(writer.dropped()).isZero();
        writer.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
