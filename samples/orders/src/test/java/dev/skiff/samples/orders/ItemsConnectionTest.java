package dev.skiff.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.core.OperationInterceptor;
import dev.skiff.samples.items.ItemsApplication;
import dev.skiff.samples.items.ItemsClient;
import dev.skiff.samples.items.NewItem;
import dev.skiff.test.LocalServerExtension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the orders API's items client follows its environment: the URL from {@code ITEMS_API_URL},
 * and SigV4 on Lambda or with {@code ITEMS_API_SIGV4=true}, with the SDK's default credentials
 * (here its system properties) and {@code AWS_REGION}.
 */
class ItemsConnectionTest {
    static final List<String> AUTHORIZATION = new CopyOnWriteArrayList<>();

    static final OperationInterceptor RECORDER = (route, context, call, next) -> {
        AUTHORIZATION.add(context.header("authorization").orElse("none"));
        return next.invoke(call);
    };

    @RegisterExtension
    static final LocalServerExtension ITEMS = LocalServerExtension.of(
            () -> ItemsApplication.create().withInterceptor(RECORDER));

    @BeforeEach
    void credentials() {
        AUTHORIZATION.clear();
        // the default credentials chain reads these first, before the environment and profiles
        System.setProperty("aws.accessKeyId", "AKIDFROMCHAIN");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterEach
    void clearCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static void createLamp(ItemsClient items) {
        items.createItem(new NewItem("Lamp", BigDecimal.TEN, List.of(), Optional.empty(), Optional.empty()));
    }

    @Test
    void locally_callsTheUrlUnsigned() {
        createLamp(ItemsConnection.fromEnvironment(Map.of("ITEMS_API_URL", ITEMS.baseUri().toString())));

        assertThat(AUTHORIZATION).containsExactly("none");
    }

    @Test
    void sigv4True_signsForExecuteApiInAwsRegion() {
        createLamp(ItemsConnection.fromEnvironment(Map.of("ITEMS_API_URL", ITEMS.baseUri().toString(),
                "ITEMS_API_SIGV4", "true", "AWS_REGION", "eu-central-1")));

        assertThat(AUTHORIZATION).singleElement().asString()
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDFROMCHAIN/")
                .contains("/eu-central-1/execute-api/aws4_request");
    }

    @Test
    void onLambda_signsUnlessTurnedOff() {
        Map<String, String> lambda = Map.of("ITEMS_API_URL", ITEMS.baseUri().toString(),
                "AWS_LAMBDA_FUNCTION_NAME", "orders", "AWS_REGION", "eu-west-1");
        createLamp(ItemsConnection.fromEnvironment(lambda));
        Map<String, String> turnedOff = new java.util.HashMap<>(lambda);
        turnedOff.put("ITEMS_API_SIGV4", "false");
        createLamp(ItemsConnection.fromEnvironment(turnedOff));

        assertThat(AUTHORIZATION).hasSize(2);
        assertThat(AUTHORIZATION.get(0)).contains("Credential=AKIDFROMCHAIN/").contains("/eu-west-1/execute-api/");
        assertThat(AUTHORIZATION.get(1)).isEqualTo("none");
    }

    @Test
    void onLambdaWithoutUrl_failsSayingWhatIsMissing() {
        assertThatThrownBy(() -> ItemsConnection.fromEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "orders")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ITEMS_API_URL is not set");
    }

    @Test
    void sigv4NeitherTrueNorFalse_fails() {
        assertThatThrownBy(() -> ItemsConnection.fromEnvironment(Map.of("ITEMS_API_SIGV4", "yes")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ITEMS_API_SIGV4 must be true or false, got yes");
    }
}
