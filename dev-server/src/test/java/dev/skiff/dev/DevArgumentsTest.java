package dev.skiff.dev;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevArgumentsTest {
    @Test
    void withoutApp_failsSayingWhatItNeeds() {
        assertThatThrownBy(() -> DevArguments.parse(new String[] {"--port", "1"}, null))
                .hasMessageContaining("--app is required").hasMessageContaining("public static Application create()");
    }

    @Test
    void unknownOption_failsListingTheKnownOnes() {
        assertThatThrownBy(() -> DevArguments.parse(new String[] {"--ap", "x"}, null))
                .hasMessageContaining("unknown option --ap").hasMessageContaining("--app");
    }

    @Test
    void badPort_failsNamingTheValue() {
        assertThatThrownBy(() -> DevArguments.parse(new String[] {"--app", "a.B"}, "http"))
                .hasMessageContaining("\"http\"");
        assertThatThrownBy(() -> DevArguments.parse(new String[] {"--app"}, null)).hasMessageContaining("--app needs a value");
    }

    @Test
    void appWithEmptyMethod_fails() {
        assertThatThrownBy(() -> new ApplicationFactory("a.B#")).hasMessageContaining("#method");
    }
}
