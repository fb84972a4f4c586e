package dev.skiff.samples.items;

import dev.skiff.api.RequestContext;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Invoker;
import dev.skiff.core.OperationInterceptor;
import dev.skiff.core.Route;

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
        response.headers().set("server-timing", "app;dur=" + tenthsOfMillis(System.nanoTime() - start));
        return response;
    }

    /** {@code 1.2} for 1.23 ms: String.format would build a Formatter and its locale's symbols on every request. */
    static String tenthsOfMillis(long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return (tenths / 10) + "." + (tenths % 10);
    }
}
