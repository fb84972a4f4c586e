package dev.skiff.core;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses a request's correlation id: the caller's header, else the platform's id, else a new one.
 * The caller's id is taken only when it is at most 200 visible ASCII characters and spaces: it
 * is echoed as a response header and logged, and a CR or LF would add a header or a log line of
 * the caller's choosing. A new id is a version-4 UUID drawn from {@link ThreadLocalRandom}:
 * it only has to be unique, not unguessable, and {@code UUID.randomUUID()} shares one
 * {@code SecureRandom} (and its lock) among all request threads.
 *
 * <pre>{@code
 * String id = CorrelationIds.of(request); // "order-42", or e.g. "3f2b9c1e-7a4d-4e0b-9c3a-12ab34cd56ef"
 * }</pre>
 */
public final class CorrelationIds {
    /** The request and response header that carries the id. */
    public static final String HEADER = "x-correlation-id";

    private CorrelationIds() {}

    public static String of(HttpRequest request) {
        return request.headers().first(HEADER)
                .filter(CorrelationIds::acceptable)
                .or(request::platformRequestId)
                .orElseGet(CorrelationIds::newId);
    }

    /** A new random id in the UUID format, version 4, IETF variant. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
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
