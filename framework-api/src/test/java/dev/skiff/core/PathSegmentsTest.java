package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathSegmentsTest {

    @Test
    void rootHasNoSegments() {
        assertThat(PathSegments.split("/")).isEmpty();
        assertThat(PathSegments.split("")).isEmpty();
    }

    @Test
    void splitsOnSlashesAndIgnoresTrailingSlash() {
        assertThat(PathSegments.split("/items/42")).containsExactly("items", "42");
        assertThat(PathSegments.split("/items/42/")).containsExactly("items", "42");
    }

    @Test
    void encodedSlashStaysInsideItsSegment() {
        assertThat(PathSegments.split("/files/a%2Fb/raw")).containsExactly("files", "a/b", "raw");
    }

    @Test
    void decodesUtf8Escapes() {
        assertThat(PathSegments.split("/tags/caf%C3%A9%20bar")).containsExactly("tags", "café bar");
    }

    @Test
    void keepsEmptyInnerSegments() {
        assertThat(PathSegments.split("/items//42")).containsExactly("items", "", "42");
    }

    @Test
    void malformedEscapeIsRejected() {
        assertThat(PathSegments.split("/items/%4")).isNull();
        assertThat(PathSegments.split("/items/%zz")).isNull();
    }
}
