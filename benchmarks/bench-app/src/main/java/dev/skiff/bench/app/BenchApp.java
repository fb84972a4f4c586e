package dev.skiff.bench.app;

import dev.skiff.core.Application;

/**
 * Builds the orders API, as an application's own factory would.
 *
 * <pre>{@code
 * Application app = BenchApp.create();
 * }</pre>
 */
public final class BenchApp {
    private BenchApp() {}

    public static Application create() {
        return SkiffRoutes.create(new OrdersApi());
    }
}
