package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy's own decisions: which origin is named, and what configures it. */
class CorsPolicyTest {

    private static String allowed(CorsPolicy policy, String origin) {
        HttpResponse response = HttpResponse.empty(200);
        policy.apply(HttpRequest.builder("GET", "/").header("origin", origin).build(), response);
        return response.headers().first("access-control-allow-origin").orElse(null);
    }

    @Test
    void theEnvironmentListsOrigins_andAnyOriginWhenUnset() {
        CorsPolicy listed = CorsPolicy.fromEnvironment(Map.of(
                "ALLOWED_ORIGINS", " https://a.example.com ,https://b.example.com",
                "AWS_LAMBDA_FUNCTION_NAME", "items")::get);
        CorsPolicy unset = CorsPolicy.fromEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "items")::get);

        assertThat(listed.origins()).containsExactly("https://a.example.com", "https://b.example.com");
        assertThat(allowed(listed, "https://b.example.com")).isEqualTo("https://b.example.com");
        assertThat(allowed(listed, "https://c.example.com")).isNull();
        assertThat(allowed(unset, "https://c.example.com")).isEqualTo("*");
    }

    @Test
    void localhostIsAllowedInDevelopmentOnly() {
        Map<String, String> local = Map.of("ALLOWED_ORIGINS", "https://a.example.com");
        Map<String, String> lambda = Map.of("ALLOWED_ORIGINS", "https://a.example.com",
                "AWS_LAMBDA_FUNCTION_NAME", "items");

        assertThat(allowed(CorsPolicy.fromEnvironment(local::get), "http://localhost:5173"))
                .isEqualTo("http://localhost:5173");
        assertThat(allowed(CorsPolicy.fromEnvironment(local::get), "http://127.0.0.1:3000"))
                .isEqualTo("http://127.0.0.1:3000");
        assertThat(allowed(CorsPolicy.fromEnvironment(lambda::get), "http://localhost:5173")).isNull();
    }

    @Test
    void anOriginWithAPathIsRefused() {
        assertThatThrownBy(() -> CorsPolicy.allowOrigins("https://app.example.com/home"))
                .hasMessage("an origin is a scheme and a host, such as https://app.example.com,"
                        + " got 'https://app.example.com/home'");
    }

    @Test
    void onlyAnOptionsRequestWithOriginAndRequestMethodIsAPreflight() {
        CorsPolicy policy = CorsPolicy.anyOrigin();

        assertThat(policy.isPreflight(HttpRequest.builder("OPTIONS", "/x").header("origin", "https://a")
                .header("access-control-request-method", "GET").build())).isTrue();
        assertThat(policy.isPreflight(HttpRequest.builder("OPTIONS", "/x").header("origin", "https://a").build()))
                .isFalse();
    }
}
