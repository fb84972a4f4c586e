package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skiff.support.Results;
import org.junit.jupiter.api.Test;

/**
 * CORS is something an application asks for: without {@link Application#withCors} no answer
 * carries a CORS header, a preflight included; with a policy, a preflight from an origin it does
 * not list is refused, and no answer ever lets the browser send credentials (cookies, HTTP auth)
 * along, so {@code *} is never combined with them.
 */
class CorsDefaultsTest {

    private static final String SITE = "https://app.example.com";
    private static final String EVIL = "https://evil.example.com";

    private final Route hello = new Route("GET", "/hello", "hello", call -> Results.text(200, "text/plain", "hi"));
    private final Router router = (method, segments) -> segments.length == 1 && segments[0].equals("hello")
            ? method.equals("GET") ? new Lookup.Found(hello, new String[0]) : new Lookup.MethodNotAllowed(Set.of("GET"))
            : Lookup.NotFound.INSTANCE;
    private final Application application = new Application("Hello", "1", router, List.of(hello), () -> null);

    private static HttpRequest get(String path, String origin) {
        return HttpRequest.builder("GET", path).header("origin", origin).build();
    }

    private static HttpRequest preflight(String origin) {
        return HttpRequest.builder("OPTIONS", "/hello").header("origin", origin)
                .header("access-control-request-method", "GET")
                .header("access-control-request-headers", "authorization")
                .build();
    }

    private static List<String> corsHeaders(Exchange exchange) {
        List<String> names = new ArrayList<>();
        exchange.response().headers().forEach((name, values) -> {
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-")) {
                names.add(name);
            }
        });
        return names;
    }

    @Test
    void withoutWithCors_noAnswerCarriesACorsHeader() {
        Dispatcher dispatcher = new Dispatcher(application, List.of());

        Exchange ok = dispatcher.dispatch(get("/hello", SITE));
        Exchange notFound = dispatcher.dispatch(get("/nowhere", SITE));
        Exchange preflight = dispatcher.dispatch(preflight(SITE));

        assertThat(ok.response().status()).isEqualTo(200);
        assertThat(corsHeaders(ok)).isEmpty();
        assertThat(corsHeaders(notFound)).isEmpty();
        // Not a preflight answer: the route has no OPTIONS, so a browser gets no permission to call.
        assertThat(preflight.response().status()).isEqualTo(405);
        assertThat(corsHeaders(preflight)).isEmpty();
    }

    @Test
    void aPreflightFromAnOriginThePolicyDoesNotListIsRefused() {
        Dispatcher dispatcher = new Dispatcher(application.withCors(CorsPolicy.allowOrigins(SITE)), List.of());

        Exchange refused = dispatcher.dispatch(preflight(EVIL));
        Exchange allowed = dispatcher.dispatch(preflight(SITE));
        Exchange call = dispatcher.dispatch(get("/hello", EVIL));

        assertThat(refused.response().status()).isEqualTo(400);
        assertThat(corsHeaders(refused)).isEmpty();
        assertThat(allowed.response().status()).isEqualTo(204);
        assertThat(allowed.response().headers().first("access-control-allow-origin")).contains(SITE);
        // The call itself is answered (CORS is the browser's check), but names no origin the browser would accept.
        assertThat(corsHeaders(call)).isEmpty();
    }

    @Test
    void noPolicyEverAllowsCredentials_soAnyOriginIsNeverCombinedWithThem() {
        Map<String, CorsPolicy> policies = Map.of(
                "anyOrigin", CorsPolicy.anyOrigin(),
                "allowOrigins", CorsPolicy.allowOrigins(SITE),
                "fromEnvironment unset", CorsPolicy.fromEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "items")::get),
                "fromEnvironment listed", CorsPolicy.fromEnvironment(Map.of(CorsPolicy.VARIABLE, SITE)::get));
        policies.forEach((name, policy) -> {
            Dispatcher dispatcher = new Dispatcher(application.withCors(policy), List.of());
            for (HttpRequest request : List.of(get("/hello", SITE), get("/nowhere", SITE), preflight(SITE))) {
                Exchange exchange = dispatcher.dispatch(request);
                assertThat(exchange.response().headers().contains("access-control-allow-origin"))
                        .as("%s names the origin for %s %s", name, request.method(), request.rawPath()).isTrue();
                assertThat(exchange.response().headers().contains("access-control-allow-credentials"))
                        .as("%s allows credentials for %s %s", name, request.method(), request.rawPath()).isFalse();
            }
        });
        // With ALLOWED_ORIGINS unset on Lambda, any origin: "*", which browsers never send credentials to.
        Exchange any = new Dispatcher(application.withCors(CorsPolicy.fromEnvironment(
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "items")::get)), List.of()).dispatch(get("/hello", EVIL));
        assertThat(any.response().headers().first("access-control-allow-origin")).contains("*");
    }
}
