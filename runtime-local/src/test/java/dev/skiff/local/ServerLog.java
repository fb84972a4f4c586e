package dev.skiff.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The test servers' log: slf4j-simple writes it to {@code target/test-server.log} in these tests. */
final class ServerLog {
    static final Path FILE = Path.of("target/test-server.log");

    private ServerLog() {}

    /**
     * The first access line containing {@code text}, waited for up to 5 s (the line is written
     * once the exchange completes, by the access log's own thread); null when none came.
     */
    static String accessLine(String text) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            String line = Files.readAllLines(FILE).stream()
                    .filter(l -> l.contains(text) && l.contains(AccessLogHandler.LOGGER_NAME))
                    .findFirst().orElse(null);
            if (line != null) {
                return line;
            }
            Thread.sleep(50);
        }
        return null;
    }
}
