package dev.skiff.core;

import java.io.IOException;

/** Where a {@link StreamBody} sends its chunks; each call is one chunk, sent at once. */
@FunctionalInterface
public interface ChunkSink {
    /** Writes {@code chunk} as one transfer chunk and flushes it to the client. */
    void write(byte[] chunk) throws IOException;
}
