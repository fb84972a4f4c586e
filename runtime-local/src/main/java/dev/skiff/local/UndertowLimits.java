package dev.skiff.local;

import dev.skiff.support.RequestLimits;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import org.xnio.Options;

/**
 * Undertow's own limits, set from {@link RequestLimits}. Undertow refuses what is past its
 * limits while parsing, before any handler runs, with a bare {@code 400} and a closed
 * connection; so its limits on the request head sit well above Skiff's, which
 * {@link LimitsHandler} answers in DESIGN.md's shape, and stay a hard cap on what one request
 * head may cost (1 MB, Undertow's default, or twice Skiff's limits if that is more).
 */
final class UndertowLimits {
    /** Undertow's default cap on a request head (request line and headers). */
    private static final int DEFAULT_HEAD_BYTES = 1024 * 1024;

    private UndertowLimits() {}

    static void apply(Undertow.Builder server, RequestLimits limits) {
        long head = Math.max(DEFAULT_HEAD_BYTES, 2L * ((long) limits.maxUrlLength() + limits.maxHeaderBytes()));
        int headBytes = (int) Math.min(Integer.MAX_VALUE, head);
        server.setServerOption(UndertowOptions.MAX_HEADER_SIZE, headBytes)
                // as many as fit in the head: the count Skiff allows is LimitsHandler's to answer
                .setServerOption(UndertowOptions.MAX_PARAMETERS, headBytes / 2)
                .setServerOption(UndertowOptions.MAX_HEADERS, headBytes / 4)
                // Undertow's default, 2 MB whatever the server's limit, cut chunked bodies off unanswered.
                // Past any entity limit of its own Undertow closes the connection before Skiff can
                // answer; even one 1 MB above Skiff's was met first by a body sent in 1 MB chunks
                // (LimitsHttpTest). So none: BodyReader stops reading one byte past the limit and
                // answers 413 on a connection it closes.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, -1L)
                // a head that trickles in (slowloris), a client that stops reading the response; a
                // body that stops is IdleWatch's (READ_TIMEOUT would also cut a paused stream)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(limits))
                .setSocketOption(Options.WRITE_TIMEOUT, millis(limits));
    }

    private static int millis(RequestLimits limits) {
        return (int) Math.min(Integer.MAX_VALUE, limits.idleTimeout().toMillis());
    }
}
