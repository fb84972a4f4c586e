package dev.skiff.processor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {

    @Test
    void bracesAndAnglesAreBothVariablesAndOpenApiUsesBraces() throws Exception {
        PathTemplate template = PathTemplate.parse("/users/<userId>/posts/{postId}");
        assertThat(template.variables()).containsExactly("userId", "postId");
        assertThat(template.openApiPath()).isEqualTo("/users/{userId}/posts/{postId}");
        assertThat(template.shape()).isEqualTo("/users/{}/posts/{}");
    }

    @Test
    void rootAndTrailingSlash() throws Exception {
        assertThat(PathTemplate.parse("/").segments()).isEmpty();
        assertThat(PathTemplate.parse("/").openApiPath()).isEqualTo("/");
        assertThat(PathTemplate.parse("/items/").openApiPath()).isEqualTo("/items");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "items|it must start with '/'",
        "/items/{id|segment '{id' mixes text and a variable, or has an unclosed one; a variable must fill the whole segment",
        "/items/x{id}|segment 'x{id}' mixes text and a variable",
        "/items//x|it has an empty segment ('//')",
        "/items/{}|variable '{}' must be a Java identifier",
        "/items/{1d}|variable '{1d}' must be a Java identifier",
        "/a/{id}/b/{id}|variable {id} appears twice",
        "/items?x=1|segment 'items?x=1' contains '?'"})
    void malformedTemplatesSayWhy(String raw, String reason) {
        assertThatThrownBy(() -> PathTemplate.parse(raw))
                .isInstanceOf(PathTemplate.MalformedException.class)
                .hasMessageContaining(reason);
    }
}
