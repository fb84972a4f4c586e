package dev.skiff.fuzz;

import dev.skiff.core.HttpRequest;

/**
 * Requests as a binder sees them, for the fuzz tests that call the body and form readers.
 *
 * <pre>{@code
 * HttpRequest request = Requests.post("application/json", body);
 * }</pre>
 */
final class Requests {
    private Requests() {}

    /** A POST with {@code body} and, unless null, that content type. */
    static HttpRequest post(String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.builder("POST", "/fuzz").body(body);
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        return request.build();
    }
}
