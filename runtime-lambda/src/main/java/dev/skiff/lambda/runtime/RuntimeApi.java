package dev.skiff.lambda.runtime;

import dev.skiff.lambda.ResponseChannel;
import dev.skiff.lambda.event.ApiResponseWriter;
import dev.skiff.lambda.json.JsonLiterals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client of the Lambda Runtime API (version 2018-06-01) for one invocation thread: it takes the
 * next invocation and answers it whole, streamed, or as an error, and reports an init error.
 * The endpoints, headers and the streaming protocol are AWS's, as documented in "Using the Lambda
 * runtime API for custom runtimes" and "Response streaming for custom runtimes".
 *
 * <pre>{@code
 * RuntimeApi api = new RuntimeApi(System.getenv("AWS_LAMBDA_RUNTIME_API"));
 * NextInvocation next = api.next();
 * api.respond(next.requestId(), responseBytes);
 * }</pre>
 */
final class RuntimeApi implements AutoCloseable {
    static final String VERSION = "/2018-06-01";
    static final String RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    static final String ERROR_BODY = "Lambda-Runtime-Function-Error-Body";

    private final HttpConnection connection;

    RuntimeApi(String hostAndPort) {
        this.connection = new HttpConnection(hostAndPort);
    }

    /** Waits for the next invocation. */
    NextInvocation next() throws IOException {
        HttpConnection.Response response;
        try {
            response = connection.exchange("GET", VERSION + "/runtime/invocation/next", Map.of(), null);
        } catch (IOException stale) {
            // A kept-alive connection the other side has since closed: one fresh attempt decides.
            response = connection.exchange("GET", VERSION + "/runtime/invocation/next", Map.of(), null);
        }
        if (response.status() != 200) {
            throw new RuntimeApiException("GET next", response);
        }
        return NextInvocation.of(response.headers(), response.body());
    }

    /** Answers invocation {@code requestId} with its whole response. */
    void respond(String requestId, byte[] response) throws IOException {
        accepted("POST response", connection.exchange("POST", invocationPath(requestId, "response"),
                Map.of("Content-Type", "application/json"), response));
    }

    /** Starts a streamed answer to invocation {@code requestId} in the HTTP integration format. */
    ResponseChannel.StreamedResponse stream(String requestId) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RESPONSE_MODE, "streaming");
        headers.put("Content-Type", ApiResponseWriter.STREAMING_CONTENT_TYPE);
        headers.put("Trailer", ERROR_TYPE + ", " + ERROR_BODY);
        HttpConnection.ChunkedRequest body = connection.chunked("POST", invocationPath(requestId, "response"), headers);
        return new ResponseChannel.StreamedResponse() {
            @Override
            public void write(byte[] bytes) throws IOException {
                body.write(bytes);
            }

            @Override
            public void end() throws IOException {
                finish(Map.of());
            }

            @Override
            public void fail(String errorType, String errorMessage) throws IOException {
                Map<String, String> trailers = new LinkedHashMap<>();
                trailers.put(ERROR_TYPE, headerSafe(errorType));
                // As AWS's runtime clients send it: the error document, base64, so it fits a header.
                trailers.put(ERROR_BODY, Base64.getEncoder().encodeToString(errorDocument(errorType, errorMessage)));
                finish(trailers);
            }

            private void finish(Map<String, String> trailers) throws IOException {
                try {
                    accepted("POST streamed response", body.finish(trailers));
                } finally {
                    // As AWS's clients do: a streamed response gets a connection of its own.
                    connection.close();
                }
            }
        };
    }

    /** Reports that invocation {@code requestId} failed without a response. */
    void invocationError(String requestId, String errorType, String errorMessage) throws IOException {
        accepted("POST error", connection.exchange("POST", invocationPath(requestId, "error"),
                errorHeaders(errorType), errorDocument(errorType, errorMessage)));
    }

    /**
     * SnapStart: tells Lambda the environment is initialised and waits. The snapshot is taken while
     * this call waits; it returns in the restored environment.
     */
    void restoreNext() throws IOException {
        HttpConnection.Response response = connection.exchange("GET", VERSION + "/runtime/restore/next", Map.of(),
                null);
        if (response.status() != 200) {
            throw new RuntimeApiException("GET restore/next", response);
        }
    }

    /** SnapStart: reports that the environment could not be restored. */
    void restoreError(String errorType, String errorMessage) throws IOException {
        accepted("POST restore/error", connection.exchange("POST", VERSION + "/runtime/restore/error",
                errorHeaders(errorType), errorDocument(errorType, errorMessage)));
    }

    /** Reports that the function could not be initialised; Lambda then ends the environment. */
    void initError(String errorType, String errorMessage) throws IOException {
        accepted("POST init/error", connection.exchange("POST", VERSION + "/runtime/init/error",
                errorHeaders(errorType), errorDocument(errorType, errorMessage)));
    }

    private static Map<String, String> errorHeaders(String errorType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ERROR_TYPE, headerSafe(errorType));
        headers.put("Content-Type", "application/json");
        return headers;
    }

    /** The error document the Runtime API takes: {@code errorMessage}, {@code errorType}, {@code stackTrace}. */
    static byte[] errorDocument(String errorType, String errorMessage) {
        StringBuilder json = new StringBuilder(128).append("{\"errorMessage\":");
        JsonLiterals.appendString(json, errorMessage);
        json.append(",\"errorType\":");
        JsonLiterals.appendString(json, errorType);
        return json.append(",\"stackTrace\":[]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String invocationPath(String requestId, String what) {
        return VERSION + "/runtime/invocation/" + requestId + "/" + what;
    }

    /** A header value cannot carry line breaks or bytes beyond Latin-1. */
    private static String headerSafe(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            safe.append(c < 0x20 || c > 0x7e ? '_' : c);
        }
        return safe.toString();
    }

    private static void accepted(String what, HttpConnection.Response response) throws RuntimeApiException {
        if (response.status() != 202) {
            throw new RuntimeApiException(what, response);
        }
    }

    /** Closes the connection for good: a call blocked on it fails, and none opens it again. */
    @Override
    public void close() {
        connection.shutDown();
    }

    /** Drops the current connection (after a failed answer); the next call opens a fresh one. */
    void reconnect() {
        connection.close();
    }
}
