package dev.skiff.core;

/**
 * Finds the route for a method and a path: no regular expression, no reflection. Generated
 * applications route with a tree built from the routes the processor checked.
 */
public interface Router {
    /**
     * Looks up {@code method} on {@code segments}, the path's percent-decoded segments
     * ({@link PathSegments#split}). Static segments win over variables.
     */
    Lookup lookup(String method, String[] segments);
}
