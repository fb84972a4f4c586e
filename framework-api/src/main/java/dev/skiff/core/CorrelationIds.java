package dev.skiff.core;

import java.util.UUID;

/**
 * Chooses a request's correlation id: the caller's header, else the platform's id, else a new one.
 * The caller's id is taken only when it is at most 200 visible ASCII characters and spaces: it
 * is echoed as a response header and logged, and a CR or LF would add a header or a log line of
 * the caller's choosing.
 */
public final class CorrelationIds {
    /** The request and response header that carries the id. */
    public static final String HEADER = "x-correlation-id";

    private CorrelationIds() {}

    public static String of(HttpRequest request) {
        return request.headers().first(HEADER)
                .filter(CorrelationIds::acceptable)
                .or(request::platformRequestId)
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    private static boolean acceptable(String id) {
        if (id.isBlank() || id.length() > 200) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
