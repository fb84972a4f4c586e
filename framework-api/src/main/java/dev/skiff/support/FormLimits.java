package dev.skiff.support;

import dev.skiff.core.StatusException;

/**
 * The limits a form or multipart body is read under; past any of them the request ends with
 * 413. Each is a system property, read per request so that a test or a launcher may set it:
 * {@code skiff.form.maxParts} (default 1000, as Starlette's {@code max_files} and
 * {@code max_fields}), {@code skiff.form.maxPartBytes} and {@code skiff.form.maxBytes} (both
 * default 6 MB, the local server's {@code maxBodyBytes} and Lambda's payload limit).
 *
 * <pre>{@code
 * java -Dskiff.form.maxPartBytes=1048576 -jar app.jar   // parts of at most 1 MB
 * }</pre>
 */
public record FormLimits(int maxParts, long maxPartBytes, long maxBytes) {
    public static final int DEFAULT_MAX_PARTS = 1000;
    public static final long DEFAULT_MAX_PART_BYTES = 6L * 1024 * 1024;
    public static final long DEFAULT_MAX_BYTES = 6L * 1024 * 1024;

    public FormLimits {
        if (maxParts < 1 || maxPartBytes < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("form limits must be positive, got maxParts=" + maxParts
                    + ", maxPartBytes=" + maxPartBytes + ", maxBytes=" + maxBytes);
        }
    }

    /** 413 unless a body of {@code bytes} is within {@link #maxBytes()}. */
    void checkBody(long bytes) {
        if (bytes > maxBytes) {
            throw new StatusException(413, "Request body too large: the limit is " + maxBytes + " bytes");
        }
    }

    /** 413 unless the {@code count}-th part is within {@link #maxParts()}. */
    void checkPartCount(int count) {
        if (count > maxParts) {
            throw new StatusException(413, "Too many form parts: the limit is " + maxParts);
        }
    }

    /** 413 unless a part of {@code bytes} is within {@link #maxPartBytes()}. */
    void checkPartSize(long bytes) {
        if (bytes > maxPartBytes) {
            throw new StatusException(413, "Form part too large: the limit is " + maxPartBytes + " bytes");
        }
    }

    /** The limits the system properties set, else the defaults. */
    public static FormLimits current() {
        return new FormLimits((int) property("skiff.form.maxParts", DEFAULT_MAX_PARTS),
                property("skiff.form.maxPartBytes", DEFAULT_MAX_PART_BYTES),
                property("skiff.form.maxBytes", DEFAULT_MAX_BYTES));
    }

    private static long property(String name, long fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a number of bytes or parts, got " + value, e);
        }
    }
}
