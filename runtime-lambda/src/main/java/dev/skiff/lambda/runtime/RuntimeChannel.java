package dev.skiff.lambda.runtime;

import dev.skiff.lambda.ResponseChannel;
import java.io.IOException;

/** Answers one invocation through the Runtime API: whole with one POST, or streamed in chunks. */
final class RuntimeChannel implements ResponseChannel {
    private final RuntimeApi api;
    private final String requestId;
    private boolean answered;

    RuntimeChannel(RuntimeApi api, String requestId) {
        this.api = api;
        this.requestId = requestId;
    }

    /** Whether an answer was started: after that, the invocation cannot be reported as an error. */
    boolean answered() {
        return answered;
    }

    @Override
    public void whole(byte[] response) throws IOException {
        answered = true;
        api.respond(requestId, response);
    }

    @Override
    public boolean canStream() {
        return true;
    }

    @Override
    public StreamedResponse openStream() throws IOException {
        answered = true;
        return api.stream(requestId);
    }
}
