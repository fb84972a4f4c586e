package dev.skiff.lambda;

import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The CORS answer headers of a function behind a REST API's Lambda proxy integration, where API
 * Gateway answers only the preflight and the function must name the allowed origin on every real
 * answer (errors included) for a browser to read it. {@value #VARIABLE} lists the origins,
 * comma-separated, or {@code *}; the CDK construct sets it from {@code allowedOrigins} and
 * {@code restrictCorsTo}. Unset, nothing is added.
 *
 * <pre>{@code
 * ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com
 * }</pre>
 */
final class AllowedOrigins {

    /** The variable, as the Nx plugin's constructs name it. */
    static final String VARIABLE = "ALLOWED_ORIGINS";

    private static final String ALLOW_ORIGIN = "access-control-allow-origin";

    private final List<String> origins;
    private final boolean any;

    private AllowedOrigins(List<String> origins) {
        this.origins = origins;
        this.any = origins.contains("*");
    }

    static AllowedOrigins of(Function<String, String> env) {
        String configured = env.apply(VARIABLE);
        if (configured == null || configured.isBlank()) {
            return new AllowedOrigins(List.of());
        }
        return new AllowedOrigins(Arrays.stream(configured.split(",")).map(String::trim)
                .filter(o -> !o.isEmpty()).toList());
    }

    /**
     * Names the request's origin on {@code response} when it is allowed: {@code *} for any, or the
     * origin itself (and {@code Vary: Origin}, since the answer then depends on it).
     */
    void apply(HttpRequest request, HttpResponse response) {
        if (origins.isEmpty()) {
            return;
        }
        if (any) {
            response.headers().set(ALLOW_ORIGIN, "*");
            return;
        }
        request.headers().first("origin").filter(origins::contains).ifPresent(origin -> {
            response.headers().set(ALLOW_ORIGIN, origin);
            response.headers().add("vary", "Origin");
        });
    }

    /** Carries the CORS headers of {@code from} over to {@code to}, a replacement answer. */
    static HttpResponse keep(HttpResponse from, HttpResponse to) {
        from.headers().first(ALLOW_ORIGIN).ifPresent(origin -> to.headers().set(ALLOW_ORIGIN, origin));
        from.headers().all("vary").forEach(vary -> to.headers().add("vary", vary));
        return to;
    }
}
