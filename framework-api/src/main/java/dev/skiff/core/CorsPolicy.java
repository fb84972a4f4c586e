package dev.skiff.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which browser origins may call the application, configured once for it
 * ({@link Application#withCors}) and applied by the dispatcher on every runtime: the
 * {@code Access-Control-Allow-Origin} header on every answer (errors included), and the answer to a
 * CORS preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}),
 * which is {@code 204} with the allowed methods and headers, or {@code 400} for an origin that is
 * not allowed. The semantics are Starlette's {@code CORSMiddleware}, which the Nx plugin's FastAPI
 * app uses.
 *
 * <pre>{@code
 * Application app = SkiffRoutes.create(new ItemsApi(store))
 *         .withCors(CorsPolicy.fromEnvironment());            // ALLOWED_ORIGINS, else any origin
 * Application strict = app.withCors(CorsPolicy.allowOrigins("https://app.example.com"));
 * }</pre>
 */
public final class CorsPolicy {

    /** The variable {@link #fromEnvironment()} reads, as the Nx plugin's app and construct name it. */
    public static final String VARIABLE = "ALLOWED_ORIGINS";

    private static final String ALL_METHODS = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT";
    private static final Pattern LOCALHOST = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?");
    private static final String MAX_AGE = "600";

    private final List<String> origins;
    private final boolean anyOrigin;
    private final boolean localhost;

    private CorsPolicy(List<String> origins, boolean localhost) {
        this.origins = List.copyOf(origins);
        this.anyOrigin = origins.contains("*");
        this.localhost = localhost;
    }

    /** Every origin may call: {@code Access-Control-Allow-Origin: *}. */
    public static CorsPolicy anyOrigin() {
        return new CorsPolicy(List.of("*"), false);
    }

    /**
     * Only these origins (scheme, host and port, such as {@code https://app.example.com}); each
     * answer names the request's origin when it is one of them, with {@code Vary: Origin}.
     *
     * @throws IllegalArgumentException for an empty list or an origin with a path
     */
    public static CorsPolicy allowOrigins(String... origins) {
        return new CorsPolicy(checked(Arrays.asList(origins)), false);
    }

    private static List<String> checked(List<String> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("allowOrigins needs at least one origin or \"*\"");
        }
        for (String origin : origins) {
            Objects.requireNonNull(origin, "origin");
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("an origin is a scheme and a host, such as https://app.example.com,"
                        + " got '" + origin + "'");
            }
        }
        return origins;
    }

    /**
     * The policy the environment configures: {@value #VARIABLE} (comma-separated origins, or
     * {@code *}), which the CDK construct sets; unset, any origin. Outside Lambda
     * ({@code AWS_LAMBDA_FUNCTION_NAME} unset: local development) {@code http://localhost} and
     * {@code 127.0.0.1} on any port are allowed too, so a web dev server on another port works.
     */
    public static CorsPolicy fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /** {@link #fromEnvironment()} over the given variables. */
    public static CorsPolicy fromEnvironment(Function<String, String> env) {
        String configured = env.apply(VARIABLE);
        List<String> origins = new ArrayList<>();
        if (configured != null) {
            Arrays.stream(configured.split(",")).map(String::trim).filter(o -> !o.isEmpty()).forEach(origins::add);
        }
        if (origins.isEmpty()) {
            origins.add("*");
        }
        boolean development = env.apply("AWS_LAMBDA_FUNCTION_NAME") == null;
        return new CorsPolicy(checked(origins), development);
    }

    /** The configured origins ({@code *} for any). */
    public List<String> origins() {
        return origins;
    }

    /** Whether {@code request} is a CORS preflight, which this policy answers without routing. */
    public boolean isPreflight(HttpRequest request) {
        return request.method().equals("OPTIONS") && request.headers().contains("origin")
                && request.headers().contains("access-control-request-method");
    }

    /**
     * The answer to a preflight: {@code 204} with the allowed methods, the requested headers and a
     * ten-minute max age, or {@code 400} when the origin is not allowed.
     */
    public HttpResponse preflight(HttpRequest request) {
        String origin = request.headers().first("origin").orElse("");
        if (!allows(origin)) {
            return HttpResponse.text(400, "Disallowed CORS origin");
        }
        HttpResponse response = HttpResponse.empty(204);
        apply(request, response);
        response.headers().set("access-control-allow-methods", ALL_METHODS);
        request.headers().first("access-control-request-headers")
                .ifPresent(headers -> response.headers().set("access-control-allow-headers", headers));
        response.headers().set("access-control-max-age", MAX_AGE);
        return response;
    }

    /**
     * Names the request's origin on {@code response} when it is allowed ({@code *} when any origin
     * is); nothing for a request without {@code Origin} (not a cross-origin call) or from another
     * origin.
     */
    public void apply(HttpRequest request, HttpResponse response) {
        Optional<String> origin = request.headers().first("origin");
        if (origin.isEmpty()) {
            return;
        }
        if (anyOrigin) {
            response.headers().set("access-control-allow-origin", "*");
        } else if (allows(origin.get())) {
            response.headers().set("access-control-allow-origin", origin.get());
            response.headers().add("vary", "Origin");
        }
    }

    private boolean allows(String origin) {
        return anyOrigin || origins.contains(origin)
                || localhost && LOCALHOST.matcher(origin.toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return "CorsPolicy" + origins + (localhost ? " and localhost" : "");
    }
}
