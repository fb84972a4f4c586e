package dev.skiff.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request as a {@link RequestSigner} sees it, just before it is sent: method, full URI (query
 * included, encoded as it goes on the wire), the headers set so far, and the whole body (empty
 * when there is none).
 *
 * <pre>{@code
 * SignableRequest request = new SignableRequest("GET", URI.create("https://api.example.com/items/1"),
 *         Map.of("accept", List.of("application/json")), new byte[0]);
 * }</pre>
 */
public record SignableRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    public SignableRequest {
        headers = Map.copyOf(headers);
    }
}
