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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
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
 * source) signed by {@link SigV4Signer} at the suite's date, region, service and credentials carry
 * exactly the published {@code Authorization} header: with {@code x-amz-content-sha256} in the
 * cases the suite signs with it ({@code sign_body}), without it in the others.
 */
class SigV4TestSuiteTest {
    private static final JsonNode SUITE = readSuite();
    private static final URI ROOT = URI.create("https://example.amazonaws.com/");

    static Stream<Named<JsonNode>> cases() {
        List<Named<JsonNode>> cases = new ArrayList<>();
        SUITE.get("cases").forEach(testCase -> cases.add(Named.of(testCase.get("name").asText(), testCase)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signsExactlyAsTheSuitePublishes(JsonNode testCase) {
        boolean signBody = testCase.get("signBody").asBoolean();

        Map<String, List<String>> added = signer(testCase, signBody).sign(request(testCase));

        assertThat(added.get("Authorization")).containsExactly(testCase.get("authorization").asText());
        assertThat(added.get("X-Amz-Date")).containsExactly("20150830T123600Z");
        if (testCase.has("sessionToken")) {
            assertThat(added.get("X-Amz-Security-Token")).containsExactly(testCase.get("sessionToken").asText());
        } else {
            assertThat(added).doesNotContainKey("X-Amz-Security-Token");
        }
        if (signBody) {
            assertThat(added.get("x-amz-content-sha256")).hasSize(1);
        } else {
            assertThat(added).doesNotContainKey("x-amz-content-sha256");
        }
    }

    @Test
    void theBodyIsSignedWithOrWithoutItsHashHeader() {
        for (boolean payloadHashHeader : List.of(false, true)) {
            SigV4Signer signer = signer(SUITE.get("cases").get(0), payloadHashHeader);

            Map<String, List<String>> one = signer.sign(new SignableRequest("POST", ROOT, Map.of(), bytes("a")));
            Map<String, List<String>> other = signer.sign(new SignableRequest("POST", ROOT, Map.of(), bytes("b")));

            assertThat(one.get("Authorization")).isNotEqualTo(other.get("Authorization"));
            if (payloadHashHeader) {
                // sha256 of "a"
                assertThat(one.get("x-amz-content-sha256"))
                        .containsExactly("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
                assertThat(one.get("Authorization").get(0)).contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,");
            } else {
                assertThat(one).doesNotContainKey("x-amz-content-sha256");
                assertThat(one.get("Authorization").get(0)).contains("SignedHeaders=host;x-amz-date,");
            }
        }
    }

    @Test
    void apiGatewaySignersLeaveOutTheBodyHashAndFunctionUrlSignersSendIt() {
        SignableRequest post = new SignableRequest("POST", ROOT, Map.of(), bytes("{}"));
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));

        assertThat(SigV4Signer.of(credentials, Region.EU_WEST_1, SigV4Signer.EXECUTE_API, Clock.systemUTC()).sign(post))
                .doesNotContainKey("x-amz-content-sha256");
        assertThat(SigV4Signer.of(credentials, Region.EU_WEST_1, SigV4Signer.LAMBDA, Clock.systemUTC()).sign(post))
                .containsKey("x-amz-content-sha256");
        assertThat(SigV4Signer.executeApi(Region.EU_WEST_1)).hasToString("SigV4Signer[execute-api, eu-west-1]");
        assertThat(SigV4Signer.functionUrl(Region.EU_WEST_1))
                .hasToString("SigV4Signer[lambda, eu-west-1, x-amz-content-sha256]");
    }

    @Test
    void aSpaceAndAPlusInTheQueryAreSignedApart() {
        SigV4Signer signer = signer(SUITE.get("cases").get(0), false);

        String space = signer.sign(get("https://example.amazonaws.com/?q=a%20b")).get("Authorization").get(0);
        String plus = signer.sign(get("https://example.amazonaws.com/?q=a%2Bb")).get("Authorization").get(0);
        // '+' in a query is a space for URLSearchParams and for Skiff's server; the generated Java client writes %20
        String formSpace = signer.sign(get("https://example.amazonaws.com/?q=a+b")).get("Authorization").get(0);

        assertThat(space).isNotEqualTo(plus).isEqualTo(formSpace);
    }

    private static SigV4Signer signer(JsonNode testCase, boolean payloadHashHeader) {
        String id = SUITE.get("accessKeyId").asText();
        String secret = SUITE.get("secretAccessKey").asText();
        AwsCredentials credentials = testCase.has("sessionToken")
                ? AwsSessionCredentials.create(id, secret, testCase.get("sessionToken").asText())
                : AwsBasicCredentials.create(id, secret);
        Clock clock = Clock.fixed(Instant.parse(SUITE.get("date").asText()), ZoneOffset.UTC);
        return SigV4Signer.of(StaticCredentialsProvider.create(credentials), Region.of(SUITE.get("region").asText()),
                SUITE.get("service").asText(), clock, payloadHashHeader);
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

    private static SignableRequest get(String uri) {
        return new SignableRequest("GET", URI.create(uri), Map.of(), new byte[0]);
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
