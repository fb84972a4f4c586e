package dev.skiff.processor.model;

/**
 * What a handler returns and how it becomes a response: {@code body} is the JSON type
 * ({@code T} of {@code Response<T>}, {@code Stream<T>} or {@code Stream<ServerSentEvent<T>>}),
 * null for {@code void}, {@code Response<Void>}, {@code byte[]} and {@code InputStream};
 * {@code status} is the declared success status; {@code payload} says how the body (an event's
 * data) is carried; {@code produces} is the declared media type, or empty; {@code nullable}: a JSON value
 * whose method's return type is {@code @Nullable} (any package), which may be written as {@code null}.
 */
public record ResultModel(Kind kind, TypeModel body, int status, Payload payload, String produces, boolean nullable) {
    public enum Kind {
        /** A value written whole: JSON, text or bytes by its {@link Payload}. */
        JSON,
        /** {@code void}: no body. */
        EMPTY,
        /** {@code Response<T>}: status and headers chosen at run time. */
        RESPONSE,
        /** {@code Stream<T>}: JSON Lines, one element per chunk. */
        STREAM,
        /** {@code Stream<ServerSentEvent<T>>}: {@code text/event-stream}, one event per chunk. */
        EVENTS,
        /** A return type the processor cannot write. */
        UNSUPPORTED
    }

    /** How a body, or an event's data, travels. */
    public enum Payload {
        /** Written by a JSON codec. */
        JSON,
        /** A {@code String} sent as it is, in UTF-8. */
        TEXT,
        /** {@code byte[]} sent as it is. */
        BYTES,
        /** An {@code InputStream} sent chunk by chunk. */
        BYTE_STREAM
    }

    /** A JSON result with no declared media type, as hand-built models write it. */
    public ResultModel(Kind kind, TypeModel body, int status) {
        this(kind, body, status, Payload.JSON, "");
    }

    public ResultModel {
        produces = produces == null ? "" : produces;
    }

    public ResultModel(Kind kind, TypeModel body, int status, Payload payload, String produces) {
        this(kind, body, status, payload, produces, false);
    }

    /** A copy saying whether the value may be null. */
    public ResultModel withNullable(boolean nullable) {
        return new ResultModel(kind, body, status, payload, produces, nullable);
    }

    /** Whether {@code produces} was written on the annotation. */
    public boolean declaresMediaType() {
        return !produces.isEmpty();
    }

    /** The media type of the success response: the declared one, else the default for the result; null without a body. */
    public String mediaType() {
        if (declaresMediaType()) {
            return produces;
        }
        if (bodiless() || kind == Kind.UNSUPPORTED) {
            return null;
        }
        if (kind == Kind.EVENTS) {
            return MediaTypes.EVENT_STREAM;
        }
        if (kind == Kind.STREAM) {
            return MediaTypes.JSON_LINES;
        }
        return switch (payload) {
            case BYTES, BYTE_STREAM -> MediaTypes.OCTET_STREAM;
            case TEXT -> MediaTypes.TEXT_PLAIN;
            case JSON -> MediaTypes.JSON;
        };
    }

    /** Whether the body is sent chunk by chunk: JSON Lines, events or a byte stream. */
    public boolean streams() {
        return kind == Kind.STREAM || kind == Kind.EVENTS || payload == Payload.BYTE_STREAM;
    }

    /** Whether there is never a body: {@code void} or {@code Response<Void>}. */
    public boolean bodiless() {
        return kind == Kind.EMPTY || kind == Kind.RESPONSE && body == null && payload == Payload.JSON;
    }
}
