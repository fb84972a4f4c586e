package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated output with its golden file; with {@code -Dskiff.golden.update=true} it
 * writes the golden first, for an intended change to be reviewed in the diff.
 */
final class Goldens {
    private Goldens() {}

    static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("skiff.golden.update")) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
