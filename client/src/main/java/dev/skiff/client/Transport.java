package dev.skiff.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated client sends its requests with, as its {@link ClientBuilder} configured it.
 * Generated code starts each request here; users do not call it.
 *
 * <pre>{@code
 * Item item = transport.request("GET", "/items/{id}").path("id", Codecs.LONG, id).json(ItemCodec.INSTANCE);
 * }</pre>
 */
public final class Transport {
    final URI baseUri;
    final Duration timeout;
    final Map<String, List<String>> headers;
    final HttpClient httpClient;
    final RequestSigner signer;

    Transport(URI baseUri, Duration timeout, Map<String, List<String>> headers, HttpClient httpClient,
            RequestSigner signer) {
        String base = baseUri.toString();
        this.baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.timeout = timeout;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.httpClient = httpClient;
        this.signer = signer;
    }

    /** A request of {@code method} to {@code template} (the operation's path, its variables in braces). */
    public ClientCall request(String method, String template) {
        return new ClientCall(this, method, template);
    }
}
