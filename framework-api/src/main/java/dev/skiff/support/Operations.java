package dev.skiff.support;

import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;

/**
 * The generated invokers of one handler class, addressed by operation number: one switch per
 * class instead of a method reference per route, which the compiler would desugar and the
 * JVM link (a hidden class each) at start-up.
 */
public interface Operations {
    /** Binds the request's parameters, calls operation {@code operation} and builds its response. */
    HttpResponse invoke(int operation, Call call) throws Exception;

    /** The invoker of operation {@code operation}, for its {@code Route}. */
    default Invoker operation(int operation) {
        return new OperationInvoker(this, operation);
    }
}
