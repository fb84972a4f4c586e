package dev.skiff.lambda.runtime;

import dev.skiff.lambda.ResponseChannel;
import java.io.IOException;

/** Answers one invocation through the Runtime API: whole with one POST, or streamed in chunks. */
final class RuntimeChannel implements ResponseChannel {
    private final RuntimeApi api;
    private final String requestId;
    private final boolean streaming;
    private boolean answered;
    private boolean streamStarted;

    RuntimeChannel(RuntimeApi api, String requestId, boolean streaming) {
        this.api = api;
        this.requestId = requestId;
        this.streaming = streaming;
    }

    /** Whether an answer was attempted. */
    boolean answered() {
        return answered;
    }

    /**
     * Whether a streamed answer's head reached the Runtime API: from then on the invocation can no
     * longer be reported as an error (a whole answer that failed in transit still can; the Runtime
     * API refuses the report if the answer did arrive).
     */
    boolean streamStarted() {
        return streamStarted;
    }

    @Override
    public void whole(byte[] response) throws IOException {
        answered = true;
        api.respond(requestId, response);
    }

    @Override
    public boolean canStream() {
        return streaming;
    }

    @Override
    public StreamedResponse openStream() throws IOException {
        answered = true;
        StreamedResponse stream = api.stream(requestId);
        streamStarted = true;
        return stream;
    }
}
