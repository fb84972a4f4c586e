package dev.skiff.local;

/** Reads the port to listen on from the {@code PORT} environment variable. */
final class Ports {
    static final int DEFAULT = 8080;

    private Ports() {}

    /** {@code value} as a port, or 8080 when it is unset or blank. */
    static int fromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("PORT must be a number between 0 and 65535, got \"" + value + "\"");
    }
}
