package dev.skiff.lambda;

import dev.skiff.core.CorrelationIds;
import dev.skiff.core.HttpResponse;
import dev.skiff.lambda.SkiffLambdaHandler.Outcome;
import dev.skiff.lambda.event.ApiResponseWriter;
import dev.skiff.lambda.observability.InvocationRecord.StreamEnd;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a streamed operation's response through a channel that streams. The prelude (status and
 * headers) goes out with the first chunk the application produces, so a failure before the first
 * byte is still answered as a normal, whole 500; a failure after it ends the stream with the
 * Runtime API's error trailers. The stream runs on the invocation's thread, inside its logging,
 * metrics and tracing scope.
 */
final class StreamedResponses {
    private static final Logger LOG = LoggerFactory.getLogger(SkiffLambdaHandler.class);

    private StreamedResponses() {}

    /** What was sent, how the stream ended (null: answered whole), and the channel's failure if it broke. */
    record Result(Outcome outcome, StreamEnd end, IOException channelFailure) {}

    /** Streams {@code outcome}'s response; a failure before its first byte is answered whole by {@code writer}. */
    static Result send(Outcome outcome, ResponseChannel channel, ApiResponseWriter writer) {
        HttpResponse response = outcome.response();
        Sink sink = new Sink(channel, response);
        try {
            response.stream().writeTo(sink::write);
        } catch (IOException failed) {
            if (failed == sink.broken) {
                return new Result(outcome, StreamEnd.FAILED, failed);
            }
            // The application's own I/O (a file it streams, say): a failure of the application.
            return applicationFailed(outcome, channel, writer, sink, failed);
        } catch (RuntimeException | Error failure) {
            return applicationFailed(outcome, channel, writer, sink, failure);
        }
        try {
            // end() throws what broke the channel, so a normal return is a completed stream
            sink.end();
            return new Result(outcome, StreamEnd.COMPLETED, null);
        } catch (IOException broken) {
            return new Result(outcome, StreamEnd.FAILED, broken);
        }
    }

    /** Before the first byte: a whole 500. After it: the error trailers. */
    private static Result applicationFailed(Outcome outcome, ResponseChannel channel, ApiResponseWriter writer,
                                            Sink sink, Throwable failure) {
        // only a failure needs the correlation id, to say which request it was
        String correlationId = outcome.response().headers().first(CorrelationIds.HEADER).orElse("-");
        if (!sink.opened()) {
            LOG.error("The response body of {} {} failed before its first byte (correlation id {})",
                    outcome.method(), outcome.path(), correlationId, failure);
            Outcome failed = outcome.failed();
            try {
                channel.whole(writer.toBytes(failed.response(), outcome.format()));
                return new Result(failed, null, null);
            } catch (IOException broken) {
                return new Result(failed, null, broken);
            }
        }
        LOG.error("The streamed response of {} {} failed part-way (correlation id {}); ending it with the "
                + "Runtime API's error trailers", outcome.method(), outcome.path(), correlationId, failure);
        try {
            sink.fail(failure.getClass().getName(),
                    "The response stream failed after its first byte (correlation id " + correlationId + ")");
            return new Result(outcome, StreamEnd.FAILED, null);
        } catch (IOException broken) {
            return new Result(outcome, StreamEnd.FAILED, broken);
        }
    }

    /** Opens the channel's stream with the prelude at the first chunk; remembers a broken channel. */
    private static final class Sink {
        private final ResponseChannel channel;
        private final HttpResponse response;
        private ResponseChannel.StreamedResponse out;
        IOException broken;

        Sink(ResponseChannel channel, HttpResponse response) {
            this.channel = channel;
            this.response = response;
        }

        boolean opened() {
            return out != null;
        }

        void write(byte[] chunk) throws IOException {
            if (chunk.length == 0) {
                return;
            }
            try {
                open();
                out.write(chunk);
            } catch (IOException failed) {
                // The application may take this for a client that went away and end quietly.
                broken = failed;
                throw failed;
            }
        }

        void end() throws IOException {
            if (broken != null) {
                throw broken;
            }
            open();
            out.end();
        }

        void fail(String errorType, String errorMessage) throws IOException {
            if (broken != null) {
                throw broken;
            }
            out.fail(errorType, errorMessage);
        }

        private void open() throws IOException {
            if (broken != null) {
                throw broken;
            }
            if (out == null) {
                out = channel.openStream();
                out.write(ApiResponseWriter.prelude(response));
            }
        }
    }
}
