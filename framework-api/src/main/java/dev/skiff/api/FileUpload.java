package dev.skiff.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * One file part of a {@code multipart/form-data} body, FastAPI's {@code UploadFile}: the
 * file name the client sent, the part's content type, its size and its bytes.
 *
 * <pre>{@code
 * @Post("/uploads")
 * public Stored upload(@Form FileUpload file) {
 *     return store.save(file.filename(), file.contentType(), file.bytes());
 * }
 * }</pre>
 */
public final class FileUpload {
    private final String filename;
    private final String contentType;
    private final byte[] bytes;

    /** A file named {@code filename} (may be empty) of {@code contentType} holding {@code bytes}. */
    public FileUpload(String filename, String contentType, byte[] bytes) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** The file name the client sent, as it sent it ({@code filename*} if given); a browser sends {@code ""} for an empty file input. */
    public String filename() {
        return filename;
    }

    /** The part's {@code Content-Type}; {@code application/octet-stream} when the part declared none. */
    public String contentType() {
        return contentType;
    }

    /** The number of bytes. */
    public long size() {
        return bytes.length;
    }

    /** The content; a copy, so the caller may change it. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content as a stream, without copying it. */
    public InputStream inputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
        return "FileUpload[" + filename + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
