package dev.skiff.dev;

import java.util.List;

/**
 * Hears what the dev server does, for tools and tests; the server logs the same events itself.
 *
 * <pre>{@code
 * DevServer.builder("com.example.ItemsApp").listener(new DevListener() {
 *     public void reloaded(int version, long millis) { System.out.println("now on version " + version); }
 * }).start();
 * }</pre>
 */
public interface DevListener {
    /** Version {@code version} serves from now on; loading it took {@code millis}. */
    default void reloaded(int version, long millis) {}

    /** The changed classes could not be loaded; the previous version keeps serving. */
    default void reloadFailed(String reason) {}

    /** The changed sources did not compile; the previous version keeps serving. */
    default void compileFailed(List<String> errors) {}
}
