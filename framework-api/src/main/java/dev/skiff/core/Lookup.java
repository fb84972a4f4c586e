package dev.skiff.core;

import java.util.Set;

/** What a {@link Router} found for a method and path. */
public sealed interface Lookup {

    /** The path matched a route for the method; {@code pathValues} in template order. */
    record Found(Route route, String[] pathValues) implements Lookup {}

    /** The path exists for other methods only. */
    record MethodNotAllowed(Set<String> allowed) implements Lookup {}

    /** No route has this path. */
    record NotFound() implements Lookup {
        /** The one instance. */
        public static final NotFound INSTANCE = new NotFound();
    }
}
