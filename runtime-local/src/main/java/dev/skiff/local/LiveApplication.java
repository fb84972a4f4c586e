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
    /**
     * One version: the application and the dispatcher built for it. {@code anyNonBlocking}: whether any route is declared
     * {@code @NonBlocking}, found once here so that an application without one never pays the
     * IO thread's route lookup on top of the dispatcher's.
     */
    record Version(Application application, Dispatcher dispatcher, boolean anyNonBlocking) {}

    private final List<OperationInterceptor> interceptors;
    private volatile Version current;

    LiveApplication(Application application, List<OperationInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
        replace(application);
    }

    void replace(Application application) {
        boolean anyNonBlocking = application.routes().stream().anyMatch(route -> route.nonBlocking());
        current = new Version(application, new Dispatcher(application, interceptors), anyNonBlocking);
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
