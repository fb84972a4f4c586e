package dev.skiff.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationPrimingTest {

    @Test
    void primingRunsEveryCheckOnValuesThatPassAndReportsOneViolation() {
        // nine sample checks that all pass, plus the one violation it reports
        assertThat(ValidationPriming.prime()).isEqualTo(10);
    }
}
