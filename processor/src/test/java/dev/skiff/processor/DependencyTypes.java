package dev.skiff.processor;

/** Types the {@code depends} fixture declares as dependencies; on the test class path so tests can build them. */
public final class DependencyTypes {
    private DependencyTypes() {}

    /** Who is calling, from the {@code x-user} header. */
    public record CurrentUser(String name) {}

    /** A resource with a close step. */
    public static final class Session {
        private volatile boolean closed;

        public boolean isClosed() {
            return closed;
        }

        public void close() {
            closed = true;
        }
    }
}
