package dev.skiff.api;

import java.util.Map;
import java.util.Objects;

/**
 * Records a piece of work as an X-Ray subsegment of the current invocation. On Lambda, when the
 * invocation is sampled ({@code Sampled=1}), the runtime installs a backend for the duration
 * of the invocation; everywhere else the work simply runs. This is also the runtime API that
 * code generated for {@link Traced} calls.
 *
 * <pre>{@code
 * Item item = Tracing.inSubsegment("## loadItem", () -> store.load(id));
 * Tracing.inSubsegment("## audit", () -> audit.record(item));
 * }</pre>
 *
 * <p>The backend is held per thread because {@code @Traced} methods have no request context to
 * be handed; Lambda runs one invocation per thread, and the runtime always uninstalls it.
 */
public final class Tracing {
    private static final ThreadLocal<Backend> CURRENT = new ThreadLocal<>();

    private Tracing() {}

    /** Work that returns a value and may throw {@code E}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** Work that returns nothing and may throw {@code E}. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** What a runtime installs to record subsegments; see {@link #install}. */
    public interface Backend {
        /**
         * Runs {@code work} inside a subsegment named {@code name} carrying {@code annotations}
         * (string, number or boolean values), recording a thrown exception and rethrowing it.
         */
        <T, E extends Exception> T inSubsegment(String name, Map<String, Object> annotations, Work<T, E> work)
                throws E;
    }

    /** Runs {@code work} in a subsegment named {@code name} and returns its result. */
    public static <T, E extends Exception> T inSubsegment(String name, Work<T, E> work) throws E {
        return inSubsegment(name, Map.of(), work);
    }

    /**
     * Runs {@code work} in a subsegment named {@code name} with X-Ray annotations (indexed,
     * searchable values: strings, numbers, booleans) and returns its result.
     */
    public static <T, E extends Exception> T inSubsegment(String name, Map<String, Object> annotations,
                                                           Work<T, E> work) throws E {
        Objects.requireNonNull(name, "name");
        Backend backend = CURRENT.get();
        return backend == null ? work.run() : backend.inSubsegment(name, annotations, work);
    }

    /** Runs {@code action} in a subsegment named {@code name}. */
    public static <E extends Exception> void inSubsegment(String name, Action<E> action) throws E {
        inSubsegment(name, () -> {
            action.run();
            return null;
        });
    }

    /** Whether a backend records subsegments on this thread (the invocation is sampled). */
    public static boolean isActive() {
        return CURRENT.get() != null;
    }

    /**
     * For runtimes: makes {@code backend} record this thread's subsegments until the returned
     * handle is closed, which restores what was there before.
     */
    public static Installed install(Backend backend) {
        Backend previous = CURRENT.get();
        CURRENT.set(backend);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Uninstalls a backend installed with {@link #install}. */
    @FunctionalInterface
    public interface Installed extends AutoCloseable {
        @Override
        void close();
    }
}
