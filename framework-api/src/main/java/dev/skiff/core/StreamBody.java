package dev.skiff.core;

import java.io.IOException;

/** A response body produced piece by piece. */
@FunctionalInterface
public interface StreamBody {
    /**
     * Writes every chunk to {@code sink}, in order. A failure of the application part-way
     * through is thrown (unchecked): the runtime logs it and ends the stream the way its
     * protocol marks a failed response, since the status has usually been sent already. An
     * {@link IOException} from the sink means the client went away.
     */
    void writeTo(ChunkSink sink) throws IOException;
}
