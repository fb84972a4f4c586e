package dev.skiff.samples.items;

import java.time.Duration;

/**
 * Decides how streamed items are spaced: called before each element after the first, on the
 * thread producing the stream.
 *
 * <pre>{@code
 * new ItemsApi(store, Pacer.sleeping(Duration.ofMillis(100)))
 * }</pre>
 */
@FunctionalInterface
public interface Pacer {
    /** Waits before element {@code index} (1 for the second element) is produced. */
    void beforeNext(int index) throws InterruptedException;

    /** A pacer that sleeps {@code pause} between elements. */
    static Pacer sleeping(Duration pause) {
        return index -> Thread.sleep(pause.toMillis());
    }
}
