package dev.skiff.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Configures a generated client: the base URL (required), the timeout of each request (30
 * seconds by default; for a stream, until its status and headers arrive), headers sent with
 * every request, the {@link HttpClient} (by default a new one that follows no redirects), and the
 * {@link RequestSigner} called just before each request is sent.
 *
 * <pre>{@code
 * ItemsClient items = ItemsClient.builder(URI.create("http://localhost:8080"))
 *         .timeout(Duration.ofSeconds(5))
 *         .header("x-tenant", "acme")
 *         .signer(request -> Map.of("authorization", List.of("Bearer " + token)))
 *         .build();
 * }</pre>
 *
 * @param <C> the generated client's class
 */
public final class ClientBuilder<C> {
    private final URI baseUri;
    private final Function<Transport, C> factory;
    private Duration timeout = Duration.ofSeconds(30);
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private HttpClient httpClient;
    private RequestSigner signer = RequestSigner.NONE;

    /** What a generated client's {@code builder(URI)} returns; {@code factory} is its constructor. */
    public ClientBuilder(URI baseUri, Function<Transport, C> factory) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** How long each request may take until its response's status and headers arrive. */
    public ClientBuilder<C> timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * A header sent with every request (added to the values given before under the same name,
     * whatever its case). Each name is sent once: a header parameter of the operation, the
     * {@code Accept}, {@code Content-Type} and {@code Cookie} the client writes, and the signer's
     * headers replace a builder header of the same name, in that order of precedence.
     */
    public ClientBuilder<C> header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
        return this;
    }

    /** The client that sends the requests: its executor, proxy, TLS and HTTP version are used as they are. */
    public ClientBuilder<C> httpClient(HttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return this;
    }

    /** Signs each request just before it is sent ({@code skiff-client-sigv4} has a SigV4 signer). */
    public ClientBuilder<C> signer(RequestSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        return this;
    }

    /** The client. */
    public C build() {
        HttpClient client = httpClient != null ? httpClient : HttpClient.newHttpClient();
        return factory.apply(new Transport(baseUri, timeout, headers, client, signer));
    }
}
