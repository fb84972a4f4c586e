package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Lookup;
import dev.skiff.core.Route;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeRouterTest {

    private static Route route(String method, String template) {
        return new Route(method, template, method.toLowerCase() + template, call -> null);
    }

    private static String found(TreeRouter router, String method, String... segments) {
        Lookup lookup = router.lookup(method, segments);
        assertThat(lookup).as("%s %s", method, String.join("/", segments)).isInstanceOf(Lookup.Found.class);
        Lookup.Found found = (Lookup.Found) lookup;
        return found.route().method() + " " + found.route().template() + " " + List.of(found.pathValues());
    }

    @Test
    void staticSegmentBeatsVariableWhateverTheRouteOrder() {
        TreeRouter router = new TreeRouter(List.of(route("GET", "/items/{id}"), route("GET", "/items/stream")));

        assertThat(found(router, "GET", "items", "stream")).isEqualTo("GET /items/stream []");
        assertThat(found(router, "GET", "items", "7")).isEqualTo("GET /items/{id} [7]");
    }

    @Test
    void variableMatchesWhenTheStaticBranchHasNoRouteForTheRest() {
        TreeRouter router = new TreeRouter(List.of(route("GET", "/a/b/c"), route("GET", "/a/{x}/d")));

        assertThat(found(router, "GET", "a", "b", "d")).isEqualTo("GET /a/{x}/d [b]");
        assertThat(router.lookup("GET", new String[] {"a", "b", "e"})).isSameAs(Lookup.NotFound.INSTANCE);
    }

    @Test
    void valuesComeInTemplateOrder() {
        TreeRouter router = new TreeRouter(List.of(route("DELETE", "/users/{user}/keys/{key}")));

        assertThat(found(router, "DELETE", "users", "u1", "keys", "k9")).isEqualTo("DELETE /users/{user}/keys/{key} [u1, k9]");
    }

    @Test
    void wrongMethodIs405WithEveryMethodTheMatchingTemplatesAllow() {
        TreeRouter router = new TreeRouter(List.of(route("POST", "/items/stream"), route("GET", "/items/{id}"),
                route("PUT", "/items/{id}")));

        Lookup lookup = router.lookup("PATCH", new String[] {"items", "stream"});

        assertThat(lookup).isInstanceOf(Lookup.MethodNotAllowed.class);
        assertThat(((Lookup.MethodNotAllowed) lookup).allowed()).containsExactly("GET", "POST", "PUT");
    }

    @Test
    void methodFoundOnTheVariableBranchBeatsA405OnTheStaticOne() {
        TreeRouter router = new TreeRouter(List.of(route("POST", "/items/stream"), route("GET", "/items/{id}")));

        assertThat(found(router, "GET", "items", "stream")).isEqualTo("GET /items/{id} [stream]");
    }

    @Test
    void emptySegmentNeverFillsAVariable() {
        TreeRouter router = new TreeRouter(List.of(route("GET", "/items/{id}/parts")));

        assertThat(router.lookup("GET", new String[] {"items", "", "parts"})).isSameAs(Lookup.NotFound.INSTANCE);
    }

    @Test
    void rootAndPrefixesOfARouteAreTheirOwnPaths() {
        TreeRouter router = new TreeRouter(List.of(route("GET", "/"), route("GET", "/a/b")));

        assertThat(found(router, "GET")).isEqualTo("GET / []");
        assertThat(router.lookup("GET", new String[] {"a"})).isSameAs(Lookup.NotFound.INSTANCE);
        assertThat(router.lookup("GET", new String[] {"a", "b", "c"})).isSameAs(Lookup.NotFound.INSTANCE);
    }

    @Test
    void firstOfTwoRoutesWithTheSameMethodAndShapeWins() {
        TreeRouter router = new TreeRouter(List.of(route("GET", "/a/{x}"), route("GET", "/a/{y}")));

        assertThat(found(router, "GET", "a", "1")).isEqualTo("GET /a/{x} [1]");
    }

    @Test
    void thousandRoutesUnderOneParentAreEachFound() {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            routes.add(route("GET", "/r" + i + "/{id}"));
        }
        TreeRouter router = new TreeRouter(routes);

        for (int i = 0; i < 1000; i++) {
            assertThat(found(router, "GET", "r" + i, "v")).isEqualTo("GET /r" + i + "/{id} [v]");
        }
        assertThat(router.lookup("GET", new String[] {"r1000", "v"})).isSameAs(Lookup.NotFound.INSTANCE);
    }

    @Test
    void wideNodeWithAVariableSiblingBacktracksAndUnitesAllowedMethods() {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            routes.add(route("GET", "/r" + i + "/items"));
        }
        routes.add(route("POST", "/r3/{id}"));
        routes.add(route("PUT", "/{group}/items"));
        TreeRouter router = new TreeRouter(routes);

        assertThat(found(router, "GET", "r7", "items")).isEqualTo("GET /r7/items []");
        assertThat(found(router, "PUT", "r7", "items")).isEqualTo("PUT /{group}/items [r7]");
        assertThat(found(router, "POST", "r3", "items")).isEqualTo("POST /r3/{id} [items]");
        Lookup lookup = router.lookup("DELETE", new String[] {"r3", "items"});
        assertThat(lookup).isInstanceOf(Lookup.MethodNotAllowed.class);
        assertThat(((Lookup.MethodNotAllowed) lookup).allowed()).containsExactly("GET", "POST", "PUT");
        assertThat(found(router, "PUT", "r99", "items")).isEqualTo("PUT /{group}/items [r99]");
    }
}
