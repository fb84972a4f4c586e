package dev.skiff.client;

import java.util.List;
import java.util.Map;

/**
 * Signs each request a generated client sends: it returns the headers to add (for SigV4,
 * {@code Authorization}, {@code X-Amz-Date}, and {@code X-Amz-Security-Token} with temporary
 * credentials). {@code skiff-client-sigv4} has one for API Gateway ({@code execute-api}) and
 * Lambda Function URLs ({@code lambda}).
 *
 * <pre>{@code
 * RequestSigner bearer = request -> Map.of("authorization", List.of("Bearer " + token));
 * }</pre>
 */
@FunctionalInterface
public interface RequestSigner {
    /** No signature: the headers stay as they are. */
    RequestSigner NONE = request -> Map.of();

    /** The headers to add to {@code request}, by name. */
    Map<String, List<String>> sign(SignableRequest request);
}
