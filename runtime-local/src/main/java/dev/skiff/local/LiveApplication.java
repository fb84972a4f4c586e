package dev.skiff.local;

import dev.skiff.core.Application;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.OperationInterceptor;
import java.util.List;

/**
 * The application a server currently serves. Dev mode replaces it while the server runs;
 * readers take one consistent snapshot per request.
 */
final class LiveApplication {
    /** One version: the application and the dispatcher built for it. */
    record Version(Application application, Dispatcher dispatcher) {}

    private final List<OperationInterceptor> interceptors;
    private volatile Version current;

    LiveApplication(Application application, List<OperationInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
        replace(application);
    }

    void replace(Application application) {
        current = new Version(application, new Dispatcher(application, interceptors));
    }

    Version current() {
        return current;
    }

    Application application() {
        return current.application();
    }

    Dispatcher dispatcher() {
        return current.dispatcher();
    }
}
