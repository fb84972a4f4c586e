package dev.skiff.processor.model;

/**
 * What a handler returns and how it becomes a response: {@code body} is the JSON type
 * ({@code T} of {@code Response<T>} or {@code Stream<T>}), null for {@code void} or
 * {@code Response<Void>}; {@code status} is the declared success status.
 */
public record ResultModel(Kind kind, TypeModel body, int status) {
    public enum Kind {
        /** A value written as JSON. */
        JSON,
        /** {@code void}: no body. */
        EMPTY,
        /** {@code Response<T>}: status and headers chosen at run time. */
        RESPONSE,
        /** {@code Stream<T>}: JSON Lines, one element per chunk. */
        STREAM,
        /** A return type the processor cannot write. */
        UNSUPPORTED
    }
}
