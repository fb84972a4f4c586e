package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caller's correlation id is echoed as a header and logged, so only a harmless one is taken. */
class CorrelationIdsTest {
    @Test
    void theCallersId_isUsed() {
        HttpRequest request = HttpRequest.builder("GET", "/").header("x-correlation-id", "order-42 retry")
                .platformRequestId("apigw-1").build();

        assertThat(CorrelationIds.of(request)).isEqualTo("order-42 retry");
    }

    @Test
    void anIdWithLineBreaksOrControlCharacters_givesWayToThePlatformsId() {
        for (String hostile : new String[] {"a\r\nSet-Cookie: x=1", "a\nb", "tab\there", "caf\u00e9", " ", "x".repeat(201)}) {
            HttpRequest request = HttpRequest.builder("GET", "/").header("x-correlation-id", hostile)
                    .platformRequestId("apigw-1").build();

            assertThat(CorrelationIds.of(request)).as(hostile).isEqualTo("apigw-1");
        }
    }

    @Test
    void withoutEither_aNewIdIsMade() {
        String id = CorrelationIds.of(HttpRequest.builder("GET", "/").header("x-correlation-id", "\u0000").build());

        assertThat(id).matches("[0-9a-f-]{36}");
    }
}
