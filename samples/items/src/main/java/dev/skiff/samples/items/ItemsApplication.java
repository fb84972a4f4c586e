package dev.skiff.samples.items;

import dev.skiff.api.ApiInfo;
import dev.skiff.api.Server;
import dev.skiff.core.Application;
import dev.skiff.core.CorsPolicy;
import dev.skiff.core.ErrorResponses;
import dev.skiff.local.LocalServer;

/**
 * The items sample: a catalogue API over an in-memory store.
 *
 * <pre>{@code
 * mvn -q -pl samples/items -am package -DskipTests -Pserve   # then: curl localhost:8080/items
 * }</pre>
 */
@ApiInfo(title = "Items", version = "1.0.0", license = "Apache-2.0", auth = ApiInfo.Auth.IAM, javaClient = true,
        servers = @Server(url = "http://localhost:8080", description = "Local development (PORT changes the port)"))
public final class ItemsApplication {
    private ItemsApplication() {}

    /**
     * The API over a new, empty store: plain constructors, no container. The store is the
     * generated {@code TracedItemStore}, so its calls are traced when the invocation is sampled.
     * Browsers may call it from the origins in {@code ALLOWED_ORIGINS} (any origin when unset,
     * and a web dev server on localhost when run locally). {@code @Depends Caller} parameters are
     * resolved by {@link Caller#of}. Every operation's answer says how long it took
     * ({@link ServerTiming}), and a {@link NotAnImage} upload is answered 415.
     */
    public static Application create() {
        return SkiffRoutes.create(new ItemsApi(new TracedItemStore()))
                .withCors(CorsPolicy.fromEnvironment())
                .withResolver(Caller.class, Caller::of)
                .withInterceptor(new ServerTiming())
                .withExceptionHandler(NotAnImage.class, (notAnImage, context) -> ErrorResponses.detail(415,
                        "A photo must be an image, got " + notAnImage.contentType()));
    }

    /** Serves the API on {@code PORT} (default 8080) until the JVM is stopped. */
    public static void main(String[] args) {
        LocalServer.run(create());
    }
}
