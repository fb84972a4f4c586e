package dev.skiff.samples.orders;

import dev.skiff.client.RequestSigner;
import dev.skiff.client.sigv4.SigV4Signer;
import dev.skiff.samples.items.ItemsClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * Builds the {@link ItemsClient} the orders API calls from environment variables:
 * {@code ITEMS_API_URL}, the items API's base URL (default {@code http://localhost:8080}, the
 * items sample run locally; required on Lambda), and whether to sign with SigV4 for
 * {@code execute-api}: {@code ITEMS_API_SIGV4=true|false}, by default on Lambda
 * ({@code AWS_LAMBDA_FUNCTION_NAME} set) and not elsewhere. Signing uses the AWS SDK's default
 * credentials chain (on Lambda, the function's role) and the region in {@code AWS_REGION}.
 *
 * <pre>{@code
 * ItemsClient items = ItemsConnection.fromEnvironment(System.getenv());
 * }</pre>
 */
public final class ItemsConnection {
    /** The items API's base URL. */
    public static final String URL_VARIABLE = "ITEMS_API_URL";
    /** {@code true} or {@code false}: whether requests to the items API are signed. */
    public static final String SIGV4_VARIABLE = "ITEMS_API_SIGV4";
    static final String LOCAL_ITEMS = "http://localhost:8080";

    private ItemsConnection() {
    }

    /**
     * The client for {@code environment}.
     *
     * @throws IllegalStateException on Lambda without {@code ITEMS_API_URL}, or for an
     *     {@code ITEMS_API_SIGV4} that is neither {@code true} nor {@code false}
     */
    public static ItemsClient fromEnvironment(Map<String, String> environment) {
        boolean onLambda = environment.containsKey("AWS_LAMBDA_FUNCTION_NAME");
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (onLambda) {
                throw new IllegalStateException(URL_VARIABLE + " is not set: the orders API needs the items API's URL"
                        + " (the CDK app sets it to the items API's URL)");
            }
            url = LOCAL_ITEMS;
        }
        return ItemsClient.builder(URI.create(url))
                // well inside the function's own timeout, so a slow items API is answered 504, not cut off
                .timeout(Duration.ofSeconds(10))
                .signer(signs(environment, onLambda) ? signer(environment.get("AWS_REGION")) : RequestSigner.NONE)
                .build();
    }

    private static boolean signs(Map<String, String> environment, boolean onLambda) {
        String value = environment.get(SIGV4_VARIABLE);
        if (value == null || value.isBlank()) {
            return onLambda;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(SIGV4_VARIABLE + " must be true or false, got " + value);
        };
    }

    private static SigV4Signer signer(String region) {
        return region == null || region.isBlank() ? SigV4Signer.executeApi() : SigV4Signer.executeApi(Region.of(region));
    }
}
