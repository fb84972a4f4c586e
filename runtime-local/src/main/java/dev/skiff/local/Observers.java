package dev.skiff.local;

import dev.skiff.core.HttpRequest;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.core.RequestObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The {@link RequestObserver}s registered on the class path, loaded once per process before the
 * server's first logger exists, so that an observer may still choose the SLF4J provider (the Lambda
 * observer chooses Skiff's JSON lines when the server runs behind the Lambda Web Adapter).
 */
final class Observers {
    private static final Observers DISCOVERED = new Observers(load());

    private final List<RequestObserver> observers;
    private final boolean none;

    Observers(List<RequestObserver> observers) {
        this.observers = List.copyOf(observers);
        this.none = this.observers.stream().noneMatch(RequestObserver::active);
    }

    static Observers discovered() {
        return DISCOVERED;
    }

    /** Whether no installed observer is active ({@link RequestObserver#active()}). */
    boolean none() {
        return none;
    }

    /** The interceptors every observer asks for. */
    List<OperationInterceptor> interceptors() {
        List<OperationInterceptor> interceptors = new ArrayList<>();
        observers.forEach(observer -> interceptors.addAll(observer.interceptors()));
        return interceptors;
    }

    /**
     * The request's observation, null when nobody observes it. One observer owns a request's
     * metrics and context: the first registered that observes it.
     */
    RequestObserver.Observation begin(HttpRequest request, String correlationId) {
        for (RequestObserver observer : observers) {
            RequestObserver.Observation observation = observer.begin(request, correlationId);
            if (observation != null) {
                return observation;
            }
        }
        return null;
    }

    private static List<RequestObserver> load() {
        List<RequestObserver> found = new ArrayList<>();
        ServiceLoader.load(RequestObserver.class, Observers.class.getClassLoader()).forEach(found::add);
        return found;
    }
}
