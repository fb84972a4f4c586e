package dev.skiff.lambda.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The Runtime API refused a request. A 500 from it means the execution environment is broken
 * and the runtime must exit; other statuses (400, 403, 413) concern one request.
 */
final class RuntimeApiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    RuntimeApiException(String request, HttpConnection.Response response) {
        super(request + " was refused by the Runtime API with " + response.status() + ": "
                + abbreviated(new String(response.body(), StandardCharsets.UTF_8)));
        this.status = response.status();
    }

    /** Whether the Runtime API reported the environment itself as failed. */
    boolean fatal() {
        return status >= 500;
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
