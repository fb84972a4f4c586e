package dev.skiff.client.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.client.SignableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The AWS Signature Version 4 test suite's requests ({@code sigv4-test-suite.json}, which names its
 * source) signed by {@link SigV4Signer} at the suite's date, region, service and credentials.
 *
 * <p>The SDK's {@code AwsV4HttpSigner} always sends and signs {@code x-amz-content-sha256}, so its
 * {@code Authorization} equals the published one exactly in the cases the suite signs with that
 * header ({@code sign_body}). In the others it must equal the signature of the suite's published
 * canonical request with that one header added, computed here as AWS's documentation defines it
 * (the computation is first checked to give the published signature from the published canonical
 * request). The TypeScript signer, which can leave the header out, matches the published
 * {@code Authorization} of every case ({@link TypeScriptSigV4FetchTest}).
 */
class SigV4TestSuiteTest {
    private static final JsonNode SUITE = readSuite();
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static Stream<JsonNode> signedBodyCases() {
        return cases().filter(c -> c.get("signBody").asBoolean());
    }

    static Stream<JsonNode> unsignedBodyCases() {
        return cases().filter(c -> !c.get("signBody").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedBodyCases")
    void signsExactlyAsTheSuitePublishes(JsonNode testCase) {
        Map<String, List<String>> added = signer(testCase).sign(request(testCase));

        assertThat(added.get("Authorization")).containsExactly(testCase.get("authorization").asText());
        assertThat(added.get("X-Amz-Date")).containsExactly("20150830T123600Z");
        assertThat(added.get("x-amz-content-sha256")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsignedBodyCases")
    void signsThePublishedCanonicalRequestPlusTheBodyHash(JsonNode testCase) {
        String published = testCase.get("authorization").asText();
        String canonical = testCase.get("canonicalRequest").asText();
        // the oracle reproduces the published signature from the published canonical request
        assertThat(signature(canonical)).isEqualTo(published.substring(published.indexOf("Signature=") + 10));
        String withBodyHash = addHeader(canonical, "x-amz-content-sha256", EMPTY_SHA256);

        Map<String, List<String>> added = signer(testCase).sign(request(testCase));

        assertThat(added.get("Authorization")).containsExactly(
                published.substring(0, published.indexOf("SignedHeaders=")) + "SignedHeaders="
                        + signedHeaders(withBodyHash) + ", Signature=" + signature(withBodyHash));
        assertThat(added.get("X-Amz-Date")).containsExactly("20150830T123600Z");
        assertThat(added.get("x-amz-content-sha256")).containsExactly(EMPTY_SHA256);
        if (testCase.has("sessionToken")) {
            assertThat(added.get("X-Amz-Security-Token")).containsExactly(testCase.get("sessionToken").asText());
        } else {
            assertThat(added).doesNotContainKey("X-Amz-Security-Token");
        }
    }

    @Test
    void theBodyIsSigned() {
        SigV4Signer signer = signer(SUITE.get("cases").get(0));
        URI uri = URI.create("https://example.amazonaws.com/");

        Map<String, List<String>> one = signer.sign(new SignableRequest("POST", uri, Map.of(), bytes("a")));
        Map<String, List<String>> other = signer.sign(new SignableRequest("POST", uri, Map.of(), bytes("b")));

        assertThat(one.get("Authorization")).isNotEqualTo(other.get("Authorization"));
        // sha256 of "a"
        assertThat(one.get("x-amz-content-sha256"))
                .containsExactly("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
    }

    private static Stream<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        SUITE.get("cases").forEach(cases::add);
        return cases.stream();
    }

    private static SigV4Signer signer(JsonNode testCase) {
        String id = SUITE.get("accessKeyId").asText();
        String secret = SUITE.get("secretAccessKey").asText();
        AwsCredentials credentials = testCase.has("sessionToken")
                ? AwsSessionCredentials.create(id, secret, testCase.get("sessionToken").asText())
                : AwsBasicCredentials.create(id, secret);
        Clock clock = Clock.fixed(Instant.parse(SUITE.get("date").asText()), ZoneOffset.UTC);
        return SigV4Signer.of(StaticCredentialsProvider.create(credentials), Region.of(SUITE.get("region").asText()),
                SUITE.get("service").asText(), clock);
    }

    private static SignableRequest request(JsonNode testCase) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        testCase.get("headers").fields().forEachRemaining(header -> {
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            headers.put(header.getKey(), values);
        });
        return new SignableRequest(testCase.get("method").asText(), URI.create(testCase.get("uri").asText()), headers,
                bytes(testCase.get("body").asText()));
    }

    /** {@code canonical} with one more signed header, in its sorted place. */
    private static String addHeader(String canonical, String name, String value) {
        List<String> lines = List.of(canonical.split("\n", -1));
        int blank = endOfHeaders(lines);
        List<String> headers = new ArrayList<>(lines.subList(3, blank));
        headers.add(name + ":" + value);
        headers.sort(Comparator.comparing(line -> line.substring(0, line.indexOf(':'))));
        List<String> result = new ArrayList<>(lines.subList(0, 3));
        result.addAll(headers);
        result.add("");
        result.add(String.join(";", headers.stream().map(line -> line.substring(0, line.indexOf(':'))).toList()));
        result.addAll(lines.subList(blank + 2, lines.size()));
        return String.join("\n", result);
    }

    private static String signedHeaders(String canonical) {
        List<String> lines = List.of(canonical.split("\n", -1));
        return lines.get(endOfHeaders(lines) + 1);
    }

    /** The blank line after the canonical headers (method, path and query come first; the query may be empty). */
    private static int endOfHeaders(List<String> lines) {
        return 3 + lines.subList(3, lines.size()).indexOf("");
    }

    /** The SigV4 signature of a canonical request at the suite's date and scope, as AWS's documentation defines it. */
    private static String signature(String canonicalRequest) {
        String date = "20150830";
        String scope = date + "/" + SUITE.get("region").asText() + "/" + SUITE.get("service").asText() + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n" + scope + "\n"
                + HexFormat.of().formatHex(sha256(bytes(canonicalRequest)));
        byte[] key = bytes("AWS4" + SUITE.get("secretAccessKey").asText());
        for (String part : List.of(date, SUITE.get("region").asText(), SUITE.get("service").asText(), "aws4_request")) {
            key = hmac(key, part);
        }
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(bytes(data));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode readSuite() {
        try (InputStream in = SigV4TestSuiteTest.class.getResourceAsStream("/sigv4-test-suite.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
