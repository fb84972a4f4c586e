package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTimingTest {
    @Test
    void durations_areMillisecondsRoundedToATenth_asTheBrowserShowsThem() {
        assertThat(ServerTiming.tenthsOfMillis(0)).isEqualTo("0.0");
        assertThat(ServerTiming.tenthsOfMillis(49_999)).isEqualTo("0.0");
        assertThat(ServerTiming.tenthsOfMillis(50_000)).isEqualTo("0.1");
        assertThat(ServerTiming.tenthsOfMillis(1_234_567)).isEqualTo("1.2");
        assertThat(ServerTiming.tenthsOfMillis(12_960_000)).isEqualTo("13.0");
        assertThat(ServerTiming.tenthsOfMillis(2_500_000_000L)).isEqualTo("2500.0");
    }
}
