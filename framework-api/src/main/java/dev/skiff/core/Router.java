package dev.skiff.core;

/**
 * Finds the route for a method and a path. The processor generates the implementation as
 * straight-line code over path segments: no regular expression, no reflection.
 */
public interface Router {
    /**
     * Looks up {@code method} on {@code segments}, the path's percent-decoded segments
     * ({@link PathSegments#split}). Static segments win over variables.
     */
    Lookup lookup(String method, String[] segments);
}
