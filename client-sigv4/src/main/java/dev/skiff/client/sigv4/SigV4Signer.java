package dev.skiff.client.sigv4;

import dev.skiff.client.RequestSigner;
import dev.skiff.client.SignableRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.signer.Aws4Signer;
import software.amazon.awssdk.auth.signer.params.Aws4SignerParams;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Signs a generated client's requests with AWS Signature Version 4, for a Skiff API behind IAM:
 * API Gateway ({@code execute-api}) or a Lambda Function URL ({@code lambda}). It uses the AWS SDK
 * for Java 2's SigV4 signer ({@code Aws4Signer}); credentials come from the SDK's default
 * credentials provider chain (environment, system properties, web identity, {@code ~/.aws}
 * profiles, container and instance roles) and are resolved again for every request, so temporary
 * credentials are refreshed by the provider. The region is the one given, or the default region
 * provider chain's ({@code AWS_REGION}, profile, instance metadata).
 *
 * <p>It returns the headers to add: {@code Authorization}, {@code X-Amz-Date},
 * {@code X-Amz-Security-Token} with temporary credentials, and, where chosen,
 * {@code x-amz-content-sha256} (the body's SHA-256, sent and signed). The body is part of the
 * signature either way. {@link #functionUrl} sends that header, because Lambda does not accept
 * unsigned payloads on requests with a body; {@link #executeApi} does not, because API Gateway
 * signs without it (and its clients do not send it).
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

    // Aws4Signer is deprecated in favour of http-auth-aws's AwsV4HttpSigner, but that one always
    // adds and signs x-amz-content-sha256 (no property turns it off), which API Gateway's own
    // signing does not (aws/aws-sdk-java-v2#5581). Aws4Signer signs exactly the headers given.
    @SuppressWarnings("deprecation")
    private static final Aws4Signer SIGNER = Aws4Signer.create();

    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final String service;
    private final Clock clock;
    private final boolean payloadHashHeader;

    private SigV4Signer(AwsCredentialsProvider credentials, Region region, String service, Clock clock,
            boolean payloadHashHeader) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.payloadHashHeader = payloadHashHeader;
    }

    /** For an API Gateway API in {@code region}, with the default credentials provider chain; no {@code x-amz-content-sha256}. */
    public static SigV4Signer executeApi(Region region) {
        return new SigV4Signer(defaultCredentials(), region, EXECUTE_API, Clock.systemUTC(), false);
    }

    /** For an API Gateway API in the default region provider chain's region. */
    public static SigV4Signer executeApi() {
        return executeApi(defaultRegion());
    }

    /** For a Lambda Function URL in {@code region}, with the default credentials provider chain; sends {@code x-amz-content-sha256}. */
    public static SigV4Signer functionUrl(Region region) {
        return new SigV4Signer(defaultCredentials(), region, LAMBDA, Clock.systemUTC(), true);
    }

    /** For a Lambda Function URL in the default region provider chain's region. */
    public static SigV4Signer functionUrl() {
        return functionUrl(defaultRegion());
    }

    /**
     * Everything explicit: the credentials, the region, the signing name ({@link #EXECUTE_API},
     * {@link #LAMBDA} or another service's), the clock that dates the signature, and whether to
     * send and sign {@code x-amz-content-sha256}, the body's SHA-256 (Lambda needs it for requests
     * with a body; S3-style services want it; API Gateway does not).
     *
     * <pre>{@code
     * var signer = SigV4Signer.of(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)),
     *         Region.US_EAST_1, SigV4Signer.EXECUTE_API, Clock.systemUTC(), false);
     * }</pre>
     */
    public static SigV4Signer of(AwsCredentialsProvider credentials, Region region, String service, Clock clock,
            boolean payloadHashHeader) {
        return new SigV4Signer(credentials, region, service, clock, payloadHashHeader);
    }

    /**
     * As {@link #of(AwsCredentialsProvider, Region, String, Clock, boolean)}, sending
     * {@code x-amz-content-sha256} for {@link #LAMBDA} only, as {@link #functionUrl} and
     * {@link #executeApi} do.
     */
    public static SigV4Signer of(AwsCredentialsProvider credentials, Region region, String service, Clock clock) {
        return new SigV4Signer(credentials, region, service, clock, LAMBDA.equals(service));
    }

    @Override
    @SuppressWarnings("deprecation") // Aws4SignerParams goes with Aws4Signer, see SIGNER
    public Map<String, List<String>> sign(SignableRequest request) {
        byte[] body = request.body();
        SdkHttpFullRequest.Builder http = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method().toUpperCase(Locale.ROOT)))
                .uri(request.uri())
                .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body));
        request.headers().forEach(http::putHeader);
        if (payloadHashHeader) {
            http.putHeader(CONTENT_SHA256, HexFormat.of().formatHex(sha256(body)));
        }
        SdkHttpFullRequest signed = SIGNER.sign(http.build(), Aws4SignerParams.builder()
                .awsCredentials(credentials.resolveCredentials())
                .signingName(service)
                .signingRegion(region)
                .signingClockOverride(clock)
                // both true, as for every service but S3 (the SDK's defaults, stated)
                .doubleUrlEncode(true)
                .normalizePath(true)
                .build());
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (String name : ADDED_HEADERS) {
            List<String> values = signed.matchingHeaders(name);
            if (!values.isEmpty()) {
                added.put(name, List.copyOf(values));
            }
        }
        return added;
    }

    /** The signing name, region and whether the body's hash is sent; never credentials. */
    @Override
    public String toString() {
        return "SigV4Signer[" + service + ", " + region.id() + (payloadHashHeader ? ", x-amz-content-sha256" : "") + "]";
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static AwsCredentialsProvider defaultCredentials() {
        return DefaultCredentialsProvider.builder().build();
    }

    private static Region defaultRegion() {
        return DefaultAwsRegionProviderChain.builder().build().getRegion();
    }
}
