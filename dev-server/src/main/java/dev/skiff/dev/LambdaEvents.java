package dev.skiff.dev;

import dev.skiff.core.Application;
import dev.skiff.core.ErrorResponses;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.lambda.ResponseChannel;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.event.ApiResponseWriter;
import dev.skiff.local.LocalEndpoint;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /_skiff/lambda}: takes a raw API Gateway (REST payload 1.0, HTTP API payload 2.0)
 * or Function URL event as the body, runs it through the real {@link SkiffLambdaHandler} of the
 * version being served, and answers with what Lambda would send: the Lambda-format response
 * document as JSON, or for an operation that streams, the same bytes Skiff's runtime loop posts
 * to the Runtime API — content type {@value ApiResponseWriter#STREAMING_CONTENT_TYPE}, the prelude
 * (status, headers, cookies), eight NUL bytes, then each chunk as it is produced. The Lambda path
 * can so be tried and debugged without AWS:
 * <pre>{@code
 * curl -s localhost:8080/_skiff/lambda -d @events/get-item.json
 * curl -sN localhost:8080/_skiff/lambda -d @events/stream-items.json | od -c | head
 * }</pre>
 */
final class LambdaEvents implements LocalEndpoint {
    /** Where the endpoint is served. */
    static final String PATH = "/_skiff/lambda";

    private static final Logger LOG = LoggerFactory.getLogger(LambdaEvents.class);

    private record Built(Application application, SkiffLambdaHandler handler) {}

    private volatile Built built;

    @Override
    public HttpResponse handle(HttpRequest request, Application current) throws Exception {
        if (!request.method().equals("POST")) {
            return ErrorResponses.methodNotAllowed(Set.of("POST"));
        }
        SkiffLambdaHandler handler = handlerFor(current);
        Invocation invocation = new Invocation();
        // The invocation runs on a thread of its own, as on Lambda, so that its logging and tracing
        // scope covers the whole stream while this server writes it out.
        Thread thread = new Thread(() -> invocation.run(handler, request.body()), "skiff-lambda-event");
        thread.setDaemon(true);
        thread.start();
        try {
            return invocation.answer.get();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the Lambda handler failed", failed.getCause());
        }
    }

    /** One handler per application version, built like Lambda's init phase builds it. */
    private SkiffLambdaHandler handlerFor(Application current) {
        Built now = built;
        if (now == null || now.application() != current) {
            now = new Built(current, new SkiffLambdaHandler(current) {});
            built = now;
        }
        return now.handler();
    }

    /** Hands the handler's answer, whole or streamed, over to the server thread that writes it. */
    private static final class Invocation implements ResponseChannel {
        private static final byte[] END = new byte[0];

        final CompletableFuture<HttpResponse> answer = new CompletableFuture<>();
        private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private volatile boolean clientGone;
        private volatile String failure;

        void run(SkiffLambdaHandler handler, byte[] event) {
            try {
                // No Lambda context: the handler runs without one, as in its own tests and benchmarks.
                handler.invoke(event, null, this);
                if (!answer.isDone()) {
                    answer.completeExceptionally(new IllegalStateException("the handler gave no answer"));
                }
            } catch (IOException | RuntimeException | Error failed) {
                if (!answer.completeExceptionally(failed)) {
                    LOG.debug("The streamed Lambda answer ended early", failed);
                    chunks.add(END);
                }
            }
        }

        @Override
        public void whole(byte[] response) {
            answer.complete(HttpResponse.json(200, response));
        }

        @Override
        public boolean canStream() {
            return true;
        }

        @Override
        public StreamedResponse openStream() {
            answer.complete(HttpResponse.streaming(200, ApiResponseWriter.STREAMING_CONTENT_TYPE, sink -> {
                try {
                    for (byte[] chunk = take(); chunk != END; chunk = take()) {
                        sink.write(chunk);
                    }
                } catch (IOException gone) {
                    clientGone = true;
                    throw gone;
                }
                if (failure != null) {
                    // HTTP/1.1 has no trailers here: ending the connection early marks the stream failed.
                    throw new IllegalStateException("the streamed response failed after its first byte: " + failure);
                }
            }));
            return new StreamedResponse() {
                @Override
                public void write(byte[] bytes) throws IOException {
                    if (clientGone) {
                        throw new IOException("the client of the dev server went away");
                    }
                    chunks.add(bytes);
                }

                @Override
                public void end() {
                    chunks.add(END);
                }

                @Override
                public void fail(String errorType, String errorMessage) {
                    failure = errorType + ": " + errorMessage;
                    chunks.add(END);
                }
            };
        }

        private byte[] take() throws IOException {
            try {
                return chunks.take();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new IOException("the dev server is stopping", stopped);
            }
        }
    }
}
