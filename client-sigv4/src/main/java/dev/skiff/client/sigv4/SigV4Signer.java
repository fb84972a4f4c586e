package dev.skiff.client.sigv4;

import dev.skiff.client.RequestSigner;
import dev.skiff.client.SignableRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Signs a generated client's requests with AWS Signature Version 4, for a Skiff API behind IAM:
 * API Gateway ({@code execute-api}) or a Lambda Function URL ({@code lambda}). It uses the AWS SDK
 * for Java 2's {@link AwsV4HttpSigner}; credentials come from the SDK's default credentials provider
 * chain (environment, system properties, web identity, {@code ~/.aws} profiles, container and
 * instance roles) and are resolved again for every request, so temporary credentials are refreshed
 * by the provider. The region is the one given, or the default region provider chain's
 * ({@code AWS_REGION}, profile, instance metadata).
 *
 * <p>It returns the headers to add: {@code Authorization}, {@code X-Amz-Date},
 * {@code X-Amz-Security-Token} with temporary credentials, and {@code x-amz-content-sha256}, the
 * body's SHA-256, which the SDK's signer always sends and signs. Lambda needs it (it does not accept
 * unsigned payloads) and API Gateway accepts it; the body is part of the signature either way.
 *
 * <pre>{@code
 * // a generated Java client's builder takes the signer
 * ItemsClient items = ItemsClient.builder(URI.create("https://abc123.execute-api.eu-west-1.amazonaws.com/prod"))
 *         .signer(SigV4Signer.executeApi(Region.EU_WEST_1))
 *         .build();
 *
 * // a Function URL, region from AWS_REGION or the profile
 * RequestSigner signer = SigV4Signer.functionUrl();
 * }</pre>
 */
public final class SigV4Signer implements RequestSigner {
    /** API Gateway's signing name. */
    public static final String EXECUTE_API = "execute-api";
    /** Lambda's signing name, which Function URLs use. */
    public static final String LAMBDA = "lambda";

    private static final String CONTENT_SHA256 = "x-amz-content-sha256";
    // the headers the signer adds that the request must carry; Host is left to the HTTP client,
    // which sends the URI's authority (the signer signs the same value)
    private static final List<String> ADDED_HEADERS =
            List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token", CONTENT_SHA256);

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;
    private final Clock clock;

    private SigV4Signer(AwsCredentialsProvider credentials, Region region, String service, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region").id();
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** For an API Gateway API in {@code region}, with the default credentials provider chain. */
    public static SigV4Signer executeApi(Region region) {
        return new SigV4Signer(defaultCredentials(), region, EXECUTE_API, Clock.systemUTC());
    }

    /** For an API Gateway API in the default region provider chain's region. */
    public static SigV4Signer executeApi() {
        return executeApi(defaultRegion());
    }

    /** For a Lambda Function URL in {@code region}, with the default credentials provider chain. */
    public static SigV4Signer functionUrl(Region region) {
        return new SigV4Signer(defaultCredentials(), region, LAMBDA, Clock.systemUTC());
    }

    /** For a Lambda Function URL in the default region provider chain's region. */
    public static SigV4Signer functionUrl() {
        return functionUrl(defaultRegion());
    }

    /**
     * Everything explicit: the credentials, the region, the signing name ({@link #EXECUTE_API},
     * {@link #LAMBDA} or another service's) and the clock that dates the signature.
     *
     * <pre>{@code
     * var signer = SigV4Signer.of(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)),
     *         Region.US_EAST_1, SigV4Signer.EXECUTE_API, Clock.systemUTC());
     * }</pre>
     */
    public static SigV4Signer of(AwsCredentialsProvider credentials, Region region, String service, Clock clock) {
        return new SigV4Signer(credentials, region, service, clock);
    }

    @Override
    public Map<String, List<String>> sign(SignableRequest request) {
        SdkHttpRequest.Builder http = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method().toUpperCase(Locale.ROOT)))
                .uri(request.uri());
        request.headers().forEach(http::putHeader);
        SignedRequest signed = signer.sign(sign -> sign
                .identity(credentials.resolveCredentials())
                .request(http.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(request.body()))
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (String name : ADDED_HEADERS) {
            List<String> values = signed.request().matchingHeaders(name);
            if (!values.isEmpty()) {
                added.put(name, List.copyOf(values));
            }
        }
        return added;
    }

    private static AwsCredentialsProvider defaultCredentials() {
        return DefaultCredentialsProvider.builder().build();
    }

    private static Region defaultRegion() {
        return DefaultAwsRegionProviderChain.builder().build().getRegion();
    }
}
