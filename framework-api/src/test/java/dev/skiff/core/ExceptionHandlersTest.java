package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exception handlers: precedence, the error table as default, and a handler that fails. */
class ExceptionHandlersTest {

    static class StoreException extends RuntimeException {}

    static class StoreDown extends StoreException {}

    private final Route down = new Route("GET", "/down", "down", call -> {
        throw new StoreDown();
    });
    private final Route invalid = new Route("GET", "/invalid", "invalid", call -> {
        throw new RequestValidationException(List.of(ValidationProblem.of("missing", List.of("query", "q"), "Field required", null)));
    });
    private final Route fine = new Route("GET", "/fine", "fine", call -> Results.empty(204));
    private final List<Route> routes = List.of(down, invalid, fine);
    private final Application app = new Application("T", "1", new TreeRouter(routes), routes,
            () -> new ByteArrayInputStream(new byte[0]));

    private static Exchange get(Application app, String path) {
        return new Dispatcher(app, List.of()).dispatch(HttpRequest.builder("GET", path).build());
    }

    private static String body(Exchange exchange) {
        return new String(exchange.response().body(), StandardCharsets.UTF_8);
    }

    @Test
    void aSuperclassHandlerTakesSubclasses_untilOneOfTheirOwnIsRegistered() {
        Application general = app.withExceptionHandler(StoreException.class, (e, c) -> HttpResponse.text(503, "store"));
        Application specific = general.withExceptionHandler(StoreDown.class, (e, c) -> HttpResponse.text(502, "down"));

        assertThat(get(general, "/down").response().status()).isEqualTo(503);
        assertThat(get(specific, "/down").response().status()).isEqualTo(502);
        assertThat(body(get(specific, "/down"))).isEqualTo("down");
        assertThat(get(specific, "/down").failure()).isNull();
    }

    @Test
    void withoutAHandlerTheErrorTableAnswers() {
        Exchange unhandled = get(app, "/down");

        assertThat(unhandled.response().status()).isEqualTo(500);
        assertThat(unhandled.failure()).isInstanceOf(StoreDown.class);
        assertThat(get(app, "/invalid").response().status()).isEqualTo(422);
    }

    @Test
    void validationCanBeAnsweredDifferently() {
        Application custom = app.withExceptionHandler(RequestValidationException.class,
                (e, c) -> HttpResponse.text(400, e.problems().size() + " problem(s)"));

        assertThat(get(custom, "/invalid").response().status()).isEqualTo(400);
        assertThat(body(get(custom, "/invalid"))).isEqualTo("1 problem(s)");
    }

    @Test
    void aHandlerThatFailsIsAnswered500_withTheFailureKept() {
        Application broken = app.withExceptionHandler(StoreDown.class, (e, c) -> {
            throw new IllegalStateException("handler bug");
        });

        Exchange exchange = get(broken, "/down");

        assertThat(exchange.response().status()).isEqualTo(500);
        assertThat(body(exchange)).doesNotContain("handler bug");
        assertThat(exchange.failure()).hasMessage("handler bug");
        assertThat(exchange.failure().getSuppressed()[0]).isInstanceOf(StoreDown.class);
    }

    @Test
    void aTypeGetsOneHandler() {
        Application once = app.withExceptionHandler(StoreDown.class, (e, c) -> HttpResponse.empty(500));

        assertThatThrownBy(() -> once.withExceptionHandler(StoreDown.class, (e, c) -> HttpResponse.empty(500)))
                .hasMessage(StoreDown.class.getName() + " already has an exception handler");
    }
}
