package dev.skiff.lambda;

import dev.skiff.lambda.spi.ObservabilityBackend;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Chooses the observability backend once per process: one registered for Skiff's own
 * {@link ObservabilityBackend} interface (the Powertools module registers one), else the lean
 * default. Names the backend's SLF4J provider in {@code slf4j.provider} before anything logs.
 */
final class Backends {
    private static final ObservabilityBackend DISCOVERED = discover();

    private Backends() {}

    /** The registered backend, or null when the lean default applies. */
    static ObservabilityBackend discovered() {
        return DISCOVERED;
    }

    private static ObservabilityBackend discover() {
        Iterator<ObservabilityBackend> found =
                ServiceLoader.load(ObservabilityBackend.class, Backends.class.getClassLoader()).iterator();
        ObservabilityBackend backend = found.hasNext() ? found.next() : null;
        String provider = backend == null ? LeanObservability.PROVIDER : backend.slf4jProvider();
        if (System.getProperty("slf4j.provider") == null) {
            // SLF4J reads this once, at its first logger: with it set, SLF4J neither searches the
            // class path nor has to choose when both Skiff's and log4j's providers are present.
            System.setProperty("slf4j.provider", provider);
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // Keeps SLF4J's "loading the provider named in slf4j.provider" notice off stderr.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        return backend;
    }
}
