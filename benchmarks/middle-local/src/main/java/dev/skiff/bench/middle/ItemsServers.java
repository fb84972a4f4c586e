package dev.skiff.bench.middle;

import dev.skiff.core.Application;
import dev.skiff.core.CorsPolicy;
import dev.skiff.core.HttpResponse;
import dev.skiff.local.LocalServer;
import dev.skiff.samples.items.Caller;
import dev.skiff.samples.items.ItemsApi;
import dev.skiff.samples.items.SkiffRoutes;
import dev.skiff.samples.items.TracedItemStore;

/**
 * The items sample on {@code PORT}, as the benchmark compares it: {@code bare} (no CORS policy, no
 * interceptor) or {@code middle} (a CORS policy for one listed origin and one interceptor that
 * adds a header), so that what the middle of the request costs is measured on the same build.
 *
 * <pre>{@code
 * PORT=18083 java -jar skiff-bench-middle-local-*-all.jar middle
 * }</pre>
 */
public final class ItemsServers {
    private ItemsServers() {
    }

    public static void main(String[] args) {
        Application bare = SkiffRoutes.create(new ItemsApi(new TracedItemStore()))
                .withResolver(Caller.class, Caller::of);
        boolean middle = args.length > 0 && args[0].equals("middle");
        LocalServer.run(middle ? withMiddle(bare) : bare);
    }

    static Application withMiddle(Application app) {
        return app.withCors(CorsPolicy.allowOrigins("http://localhost:5173"))
                .withInterceptor((route, context, call, next) -> {
                    HttpResponse response = next.invoke(call);
                    response.headers().set("x-operation", context.operationId());
                    return response;
                });
    }
}
