package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void unsetOrBlank_is8080() {
        assertThat(Ports.fromEnvironment(null)).isEqualTo(8080);
        assertThat(Ports.fromEnvironment(" ")).isEqualTo(8080);
    }

    @Test
    void number_isUsed() {
        assertThat(Ports.fromEnvironment("9091")).isEqualTo(9091);
        assertThat(Ports.fromEnvironment("0")).isZero();
    }

    @Test
    void notAPort_failsNamingTheValue() {
        assertThatThrownBy(() -> Ports.fromEnvironment("eighty")).hasMessageContaining("\"eighty\"");
        assertThatThrownBy(() -> Ports.fromEnvironment("70000")).hasMessageContaining("70000");
    }
}
