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

    @Test
    void newIds_areVersion4Uuids_andDiffer() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = CorrelationIds.of(HttpRequest.builder("GET", "/").build());
            java.util.UUID uuid = java.util.UUID.fromString(id);

            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }
}
