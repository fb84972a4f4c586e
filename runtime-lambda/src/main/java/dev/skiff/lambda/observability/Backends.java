package dev.skiff.lambda.observability;

import dev.skiff.lambda.spi.ObservabilityBackend;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Chooses the observability backend once per process: one registered for Skiff's own
 * {@link ObservabilityBackend} interface (the Powertools module registers one), else the lean
 * default. Names the backend's SLF4J provider in {@code slf4j.provider} before anything logs.
 */
public final class Backends {
    private static final ObservabilityBackend DISCOVERED = discover();

    private Backends() {}

    /** The registered backend, or null when the lean default applies. */
    public static ObservabilityBackend discovered() {
        return DISCOVERED;
    }

    /** {@code backend}, or when it is null the lean default writing EMF to {@code stdout}. */
    public static ObservabilityBackend orLean(ObservabilityBackend backend, Function<String, String> env,
                                              PrintStream stdout) {
        return backend != null ? backend : new LeanObservability(env, stdout);
    }

    /** The service name: {@code POWERTOOLS_SERVICE_NAME}, else Powertools' {@code service_undefined}. */
    public static String serviceOf(Function<String, String> env) {
        return LeanObservability.serviceOf(env);
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
