package dev.skiff.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds {@code multipart/form-data} bodies for tests, as a browser sends them. Shared through
 * framework-api's test-jar.
 *
 * <pre>{@code
 * byte[] body = MultipartBodies.of("b0undary",
 *         "name=\"title\"", "Trip",
 *         "name=\"files\"; filename=\"a.png\"\r\nContent-Type: image/png", pngBytes);
 * }</pre>
 */
public final class MultipartBodies {
    private MultipartBodies() {
    }

    /**
     * A body whose {@code parts} alternate a Content-Disposition tail (and further part headers)
     * and the content: a {@code byte[]} as it is, anything else as UTF-8 text.
     */
    public static byte[] of(String boundary, Object... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + parts[i] + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(parts[i + 1] instanceof byte[] bytes ? bytes
                    : String.valueOf(parts[i + 1]).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
