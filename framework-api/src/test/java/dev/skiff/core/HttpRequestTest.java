package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpRequestTest {

    @Test
    void rawQueryIsDecodedWithRepeatedKeysInOrder() {
        HttpRequest request = HttpRequest.builder("GET", "/items").rawQuery("tag=a&tag=b%20c&q=x+y&flag").build();
        assertThat(request.query().get("tag")).containsExactly("a", "b c");
        assertThat(request.query().get("q")).containsExactly("x y");
        assertThat(request.query().get("flag")).containsExactly("");
    }

    @Test
    void headersAreCaseInsensitiveAndMultiValued() {
        HttpRequest request = HttpRequest.builder("GET", "/").header("Accept", "a").header("accept", "b").build();
        assertThat(request.headers().all("ACCEPT")).isEqualTo(List.of("a", "b"));
        assertThat(request.headers().first("accept")).contains("a");
    }

    @Test
    void cookiesComeFromTheCookieHeader() {
        HttpRequest request = HttpRequest.builder("GET", "/").header("Cookie", "session=abc; theme=\"dark\"").build();
        assertThat(request.cookies()).containsEntry("session", "abc").containsEntry("theme", "dark");
    }
}
