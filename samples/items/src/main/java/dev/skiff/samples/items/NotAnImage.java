package dev.skiff.samples.items;

/**
 * A photo upload whose file is not an image: a domain exception, which the application's
 * exception handler answers 415 (see {@link ItemsApplication#create()}), so the handler itself
 * need not know about HTTP.
 */
public final class NotAnImage extends RuntimeException {
    private final String contentType;

    public NotAnImage(String contentType) {
        super("not an image: " + contentType);
        this.contentType = contentType;
    }

    /** The content type the upload declared. */
    public String contentType() {
        return contentType;
    }
}
