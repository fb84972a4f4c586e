package dev.skiff.lambda;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where one invocation's answer goes. {@link SkiffLambdaHandler#handleRequest} answers whole,
 * into the output stream a runtime gives it; Skiff's own runtime loop
 * ({@link dev.skiff.lambda.runtime.LambdaRuntime}) can also stream, and the dev server's raw-event
 * endpoint shows either form.
 *
 * <pre>{@code
 * handler.invoke(eventBytes, context, ResponseChannel.wholeTo(output));
 * }</pre>
 */
public interface ResponseChannel {
    /** Sends the whole answer: the API Gateway or Function URL response document. */
    void whole(byte[] response) throws IOException;

    /** Whether a streamed operation's response may be streamed through {@link #openStream()}. */
    boolean canStream();

    /**
     * Starts a streamed answer in Lambda's HTTP integration format; the handler writes the prelude
     * first, then the body's chunks. Called only when {@link #canStream()} is true.
     */
    StreamedResponse openStream() throws IOException;

    /** A channel that answers whole, into {@code out}, and never streams. */
    static ResponseChannel wholeTo(OutputStream out) {
        return new ResponseChannel() {
            @Override
            public void whole(byte[] response) throws IOException {
                out.write(response);
                // The runtime owns the stream: flush it, never close it.
                out.flush();
            }

            @Override
            public boolean canStream() {
                return false;
            }

            @Override
            public StreamedResponse openStream() {
                throw new UnsupportedOperationException("this channel answers whole");
            }
        };
    }

    /** A streamed answer: bytes go out as they are written; it ends once, normally or failed. */
    interface StreamedResponse {
        /** Sends {@code bytes} at once, as one piece. */
        void write(byte[] bytes) throws IOException;

        /** Ends the answer normally. */
        void end() throws IOException;

        /**
         * Ends the answer as failed after some of it was sent: the Runtime API takes the error's
         * type and a JSON body ({@code errorMessage}, {@code errorType}) as trailers.
         */
        void fail(String errorType, String errorMessage) throws IOException;
    }
}
