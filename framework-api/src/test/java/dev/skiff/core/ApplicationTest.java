package dev.skiff.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.support.Results;
import dev.skiff.support.TreeRouter;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application narrowed to one operation, as an isolated function serves it. */
class ApplicationTest {

    private final Route getPet = new Route("GET", "/pets/{id}", "getPet", call -> Results.empty(200));
    private final Route deletePet = new Route("DELETE", "/pets/{id}", "deletePet", call -> Results.empty(204));
    private final Route listPets = new Route("GET", "/pets", "listPets", call -> Results.empty(200));
    private final List<Route> routes = List.of(getPet, deletePet, listPets);
    private final Application app = new Application("Pets", "1", new TreeRouter(routes), routes,
            () -> new ByteArrayInputStream(new byte[0]));

    @Test
    void findsOnlyTheServedOperation() {
        Application only = app.servingOnly("getPet");

        assertThat(only.routes()).containsExactly(getPet);
        assertThat(status(only, "GET", "/pets/7")).isEqualTo(200);
        assertThat(status(only, "HEAD", "/pets/7")).isEqualTo(200);
        assertThat(status(only, "DELETE", "/pets/7")).isEqualTo(404);
        assertThat(status(only, "GET", "/pets")).isEqualTo(404);
        assertThat(status(only, "POST", "/pets/7")).isEqualTo(404);
    }

    @Test
    void theWholeApplicationStillRoutesEverything() {
        assertThat(status(app, "DELETE", "/pets/7")).isEqualTo(204);
        assertThat(status(app, "POST", "/pets/7")).isEqualTo(405);
    }

    private static int status(Application app, String method, String path) {
        return new Dispatcher(app, List.of()).dispatch(HttpRequest.builder(method, path).build()).response().status();
    }
}
