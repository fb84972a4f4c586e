package dev.skiff.support;

import dev.skiff.core.HttpRequest;
import dev.skiff.core.StatusException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Raw request bodies for generated binders ({@code @Body(mediaType = ...)} on {@code byte[]},
 * {@code String} or {@code InputStream}): the body as it came, after checking that its
 * {@code Content-Type} fits the declared media type (415 if not; a request without one is
 * accepted).
 *
 * <pre>{@code
 * String text = RawBodies.text(call.request(), "text/plain");
 * }</pre>
 */
public final class RawBodies {
    private RawBodies() {}

    public static byte[] bytes(HttpRequest request, String mediaType) {
        require(request, mediaType);
        return request.body();
    }

    public static InputStream stream(HttpRequest request, String mediaType) {
        require(request, mediaType);
        return new ByteArrayInputStream(request.body());
    }

    /** The body decoded in the request's charset, UTF-8 when it names none. */
    public static String text(HttpRequest request, String mediaType) {
        String contentType = require(request, mediaType);
        Charset charset;
        try {
            charset = HeaderParams.charset(contentType);
        } catch (IllegalArgumentException unknown) {
            throw new StatusException(415, "Unsupported Media Type: unknown charset "
                    + HeaderParams.of(contentType).get("charset"));
        }
        return new String(request.body(), charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** The request's content type, after a 415 unless it fits {@code declared} ({@code type/*} and {@code *}{@code /*} fit more). */
    private static String require(HttpRequest request, String declared) {
        String contentType = request.headers().first("content-type").orElse(null);
        if (contentType == null) {
            return null;
        }
        String got = HeaderParams.mediaType(contentType);
        String expected = HeaderParams.mediaType(declared);
        if (!fits(expected, got)) {
            throw new StatusException(415, "Unsupported Media Type: expected " + expected + ", got " + got);
        }
        return contentType;
    }

    static boolean fits(String declared, String got) {
        if (declared.equals("*/*") || declared.equals(got)) {
            return true;
        }
        return declared.endsWith("/*") && got.startsWith(declared.substring(0, declared.length() - 1));
    }
}
