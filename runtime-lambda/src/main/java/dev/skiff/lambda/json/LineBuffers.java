package dev.skiff.lambda.json;

/**
 * One reusable {@link StringBuilder} per thread for log and metric lines, so a line costs no
 * growing buffer. A line built while the thread's buffer is already in use (a value's
 * {@code toString()} that logs, say) gets a fresh builder instead of spoiling the outer line.
 *
 * <pre>{@code
 * StringBuilder line = LineBuffers.take();
 * try { ... } finally { LineBuffers.release(line); }
 * }</pre>
 */
public final class LineBuffers {
    /** Past this many characters a buffer is not kept, so one huge line does not stay pinned. */
    private static final int KEPT_CAPACITY = 16 * 1024;
    private static final ThreadLocal<Slot> SLOTS = ThreadLocal.withInitial(Slot::new);

    private static final class Slot {
        StringBuilder buffer = new StringBuilder(1024);
        boolean busy;
    }

    private LineBuffers() {}

    /** An empty builder: the thread's own one unless it is in use. */
    public static StringBuilder take() {
        Slot slot = SLOTS.get();
        if (slot.busy) {
            return new StringBuilder(512);
        }
        slot.busy = true;
        slot.buffer.setLength(0);
        return slot.buffer;
    }

    /** Gives back a builder from {@link #take()}. */
    public static void release(StringBuilder buffer) {
        Slot slot = SLOTS.get();
        if (slot.buffer == buffer) {
            slot.busy = false;
            if (buffer.capacity() > KEPT_CAPACITY) {
                slot.buffer = new StringBuilder(1024);
            }
        }
    }
}
