package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parameters of Content-Type and Content-Disposition headers. */
class HeaderParamsTest {

    @Test
    void quotedValuesUnescapeOnlyQuotesAndBackslashes() {
        assertThat(HeaderParams.of("form-data; name=\"photo\"; filename=\"say \\\"hi\\\".txt\""))
                .containsEntry("name", "photo")
                .containsEntry("filename", "say \"hi\".txt");
        // A legacy client's Windows path keeps its backslashes.
        assertThat(HeaderParams.of("form-data; name=\"f\"; filename=\"C:\\dir\\a.txt\"").get("filename"))
                .isEqualTo("C:\\dir\\a.txt");
    }
}
