package dev.skiff.samples.items;

import dev.skiff.api.RequestContext;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.core.Route;
import java.util.Locale;

/**
 * An interceptor that tells the browser's developer tools how long the operation took: a
 * {@code Server-Timing: app;dur=<ms>} header on every operation's answer (for a stream, the time
 * until it started).
 */
final class ServerTiming implements OperationInterceptor {
    @Override
    public HttpResponse around(Route route, RequestContext context, Call call, Invoker next) throws Exception {
        long start = System.nanoTime();
        HttpResponse response = next.invoke(call);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        response.headers().set("server-timing", String.format(Locale.ROOT, "app;dur=%.1f", millis));
        return response;
    }
}
