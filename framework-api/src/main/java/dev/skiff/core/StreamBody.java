package dev.skiff.core;

import java.io.IOException;

/** A response body produced piece by piece. */
@FunctionalInterface
public interface StreamBody {
    /**
     * Writes every chunk to {@code sink}, in order. A failure part-way through is the
     * writer's to log; it then returns, ending the stream cleanly.
     */
    void writeTo(ChunkSink sink) throws IOException;
}
