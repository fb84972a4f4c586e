package dev.skiff.lambda.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventPiecesTest {

    @Test
    void decodedRestPath_isPercentEncodedForTheRouter_leavingLegalCharactersAlone() {
        assertThat(V1Events.encode("/files/my file.bin")).isEqualTo("/files/my%20file.bin");
        assertThat(V1Events.encode("/caf\u00e9/a:b@c")).isEqualTo("/caf%C3%A9/a:b@c");
        assertThat(V1Events.encode("/items/42")).isEqualTo("/items/42");
    }

    @Test
    void stagePrefix_isRemovedOnlyAsAWholeLeadingSegment() {
        assertThat(EventFields.withoutStage("/prod/items", "prod")).isEqualTo("/items");
        assertThat(EventFields.withoutStage("/prod", "prod")).isEqualTo("/");
        assertThat(EventFields.withoutStage("/production/items", "prod")).isEqualTo("/production/items");
        assertThat(EventFields.withoutStage("/items", "$default")).isEqualTo("/items");
    }

    @Test
    void textContentTypes_travelAsText_andEverythingElseAsBase64() {
        assertThat(ContentTypes.isText("application/json")).isTrue();
        assertThat(ContentTypes.isText("application/problem+json; charset=utf-8")).isTrue();
        assertThat(ContentTypes.isText("text/html;charset=UTF-8")).isTrue();
        assertThat(ContentTypes.isText("application/jsonl")).isTrue();
        assertThat(ContentTypes.isText("image/svg+xml")).isTrue();
        assertThat(ContentTypes.isText("application/octet-stream")).isFalse();
        assertThat(ContentTypes.isText("image/png")).isFalse();
        assertThat(ContentTypes.isText(null)).isFalse();
    }
}
