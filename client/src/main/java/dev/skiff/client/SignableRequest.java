package dev.skiff.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request as a {@link RequestSigner} sees it, just before it is sent: method, full URI (query
 * included, encoded as it goes on the wire), the headers set so far (each name once, whatever its
 * case), and the whole body (empty when there is none). A header the signer returns replaces the
 * one of the same name, in any case.
 *
 * <pre>{@code
 * SignableRequest request = new SignableRequest("GET", URI.create("https://api.example.com/items/1"),
 *         Map.of("accept", List.of("application/json")), new byte[0]);
 * }</pre>
 */
public record SignableRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    private static final java.util.Set<String> SECRET_HEADERS =
            java.util.Set.of("authorization", "cookie", "x-amz-security-token", "x-api-key");

    public SignableRequest {
        headers = Map.copyOf(headers);
    }

    /** Method, URI without its query, and header names only where they carry secrets: it may be logged. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method).append(' ').append(uri.getScheme()).append("://")
                .append(uri.getRawAuthority()).append(uri.getRawPath());
        new java.util.TreeMap<>(headers).forEach((name, values) -> text.append(", ").append(name).append('=')
                .append(SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? "<hidden>" : values));
        return text.append(", ").append(body.length).append(" bytes").toString();
    }
}
