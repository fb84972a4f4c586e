package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.ValidationProblem;
import dev.skiff.support.json.Codecs;
import dev.skiff.support.json.Containers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits every runtime reads requests under, and the JSON ones Bodies applies itself. */
class RequestLimitsTest {
    @AfterEach
    void clearProperties() {
        for (String name : List.of("maxUrlLength", "maxJsonDepth", "maxJsonNumberLength", "idleTimeoutMillis",
                "maxHeaderCount")) {
            System.clearProperty("skiff.limits." + name);
        }
    }

    @Test
    void defaults_areTheDocumentedOnes() {
        RequestLimits limits = RequestLimits.current();

        assertThat(limits).isEqualTo(RequestLimits.defaults());
        assertThat(limits.maxBodyBytes()).isEqualTo(6L * 1024 * 1024);
        assertThat(limits.maxUrlLength()).isEqualTo(8192);
        assertThat(limits.maxQueryParameters()).isEqualTo(1000);
        assertThat(limits.maxHeaderCount()).isEqualTo(100);
        assertThat(limits.maxHeaderBytes()).isEqualTo(16384);
        assertThat(limits.maxJsonDepth()).isEqualTo(1000);
        assertThat(limits.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void systemProperties_setThem_andNonsenseIsRefusedByName() {
        System.setProperty("skiff.limits.maxUrlLength", "100");
        System.setProperty("skiff.limits.idleTimeoutMillis", "250");

        assertThat(RequestLimits.current().maxUrlLength()).isEqualTo(100);
        assertThat(RequestLimits.current().idleTimeout()).isEqualTo(Duration.ofMillis(250));

        System.setProperty("skiff.limits.maxHeaderCount", "lots");
        assertThatThrownBy(RequestLimits::current).hasMessageContaining("skiff.limits.maxHeaderCount");
        System.setProperty("skiff.limits.maxHeaderCount", "0");
        assertThatThrownBy(RequestLimits::current).hasMessageContaining("maxHeaderCount=0");
    }

    @Test
    void environmentVariables_setThemToo_andTheSystemPropertyWins() {
        java.util.Map<String, String> environment = java.util.Map.of(
                "SKIFF_LIMITS_MAX_HEADER_BYTES", "8192", "SKIFF_LIMITS_MAX_URL_LENGTH", "50");
        System.setProperty("skiff.limits.maxUrlLength", "100");

        RequestLimits limits = RequestLimits.of(environment::get);

        assertThat(limits.maxHeaderBytes()).isEqualTo(8192);
        assertThat(limits.maxUrlLength()).isEqualTo(100);
        assertThatThrownBy(() -> RequestLimits.of(java.util.Map.of("SKIFF_LIMITS_MAX_JSON_DEPTH", "deep")::get))
                .hasMessageContaining("SKIFF_LIMITS_MAX_JSON_DEPTH must be a whole number");
    }

    @Test
    void refusal_answersTheFirstLimitPassed_inDesignsShape() {
        RequestLimits limits = new RequestLimits(10, 30, 2, 3, 40, 10, 10, 10, 10, Duration.ofSeconds(1));

        assertThat(limits.refusal(request("/a", "x=1&y=2", 0))).isNull();
        assertThat(text(limits.refusal(request("/" + "a".repeat(40), null, 0))))
                .isEqualTo("414 {\"detail\":\"URL too long: the limit is 30 characters\"}");
        assertThat(text(limits.refusal(request("/a", "x=1&y=2&z=3", 0))))
                .isEqualTo("414 {\"detail\":\"Too many query parameters: the limit is 2\"}");
        HttpRequest fourHeaders = HttpRequest.builder("GET", "/a").header("a", "1").header("b", "2").header("c", "3")
                .header("a", "4").build();
        assertThat(text(limits.refusal(fourHeaders)))
                .isEqualTo("431 {\"detail\":\"Too many request headers: the limit is 3\"}");
        assertThat(text(limits.refusal(HttpRequest.builder("GET", "/a").header("big", "v".repeat(40)).build())))
                .isEqualTo("431 {\"detail\":\"Request headers too large: the limit is 40 bytes\"}");
        assertThat(text(limits.refusal(request("/a", null, 11))))
                .isEqualTo("413 {\"detail\":\"Request body too large: the limit is 10 bytes\"}");
    }

    @Test
    void jsonDepthPastTheLimit_isJsonInvalid_inPlainWords() {
        System.setProperty("skiff.limits.maxJsonDepth", "3");

        List<ValidationProblem> problems = read("[[[[1]]]]");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).type()).isEqualTo("json_invalid");
        assertThat(problems.get(0).ctx().get("error").toString())
                .isEqualTo("Document nesting depth (4) exceeds the maximum allowed (3)")
                .doesNotContain("StreamReadConstraints").doesNotContain("`");
        assertThat(read("[[[1]]]")).isEmpty();
    }

    @Test
    void numberPastTheLimit_isJsonInvalid_inPlainWords() {
        System.setProperty("skiff.limits.maxJsonNumberLength", "5");

        List<ValidationProblem> problems = read("[1234567]");

        assertThat(problems).singleElement().extracting(ValidationProblem::type).isEqualTo("json_invalid");
        assertThat(problems.get(0).ctx().get("error").toString()).doesNotContain("StreamReadConstraints")
                .startsWith("Number value length (").contains("exceeds the maximum allowed (5)");
        assertThat(problems.get(0).loc()).isEqualTo(List.of("body", 1L)); // where the number starts, not 0
        System.setProperty("skiff.limits.maxJsonDepth", "3");
        assertThat(read("  [[[[1]]]]").get(0).loc()).isEqualTo(List.of("body", 5L));
    }

    private static List<ValidationProblem> read(String json) {
        HttpRequest request = HttpRequest.builder("POST", "/numbers").header("content-type", "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8)).build();
        Problems problems = new Problems();
        Bodies.read(request, Containers.list(Containers.list(Containers.list(Codecs.ANY))), true, problems);
        return problems.list();
    }

    private static HttpRequest request(String path, String query, int bodyBytes) {
        return HttpRequest.builder("GET", path).rawQuery(query).body(new byte[bodyBytes]).build();
    }

    private static String text(RequestLimits.Refusal refusal) {
        if (refusal == null) {
            return "null";
        }
        HttpResponse response = refusal.response();
        return response.status() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }
}
