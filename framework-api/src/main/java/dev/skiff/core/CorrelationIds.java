package dev.skiff.core;

import java.util.UUID;

/** Chooses a request's correlation id: the caller's header, else the platform's id, else a new one. */
public final class CorrelationIds {
    /** The request and response header that carries the id. */
    public static final String HEADER = "x-correlation-id";

    private CorrelationIds() {}

    public static String of(HttpRequest request) {
        return request.headers().first(HEADER)
                .filter(id -> !id.isBlank() && id.length() <= 200)
                .or(request::platformRequestId)
                .orElseGet(() -> UUID.randomUUID().toString());
    }
}
