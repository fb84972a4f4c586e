package dev.skiff.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.Application;
import dev.skiff.core.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Handlers spread over packages, with clashing names, still give one working entry point. */
class PackagesTest {

    @Test
    void skiffRoutesGoesBesideApiInfoAndTakesEveryHandlerByQualifiedName() {
        CompiledApi compiled = CompiledApi.compile("two_packages");
        Application app = compiled.application("shop", "shop.cart.Api", "shop.cart.Api$Checkout", "shop.catalog.Api");

        assertThat(app.title()).isEqualTo("Shop");
        assertThat(body(app, "GET", "/cart")).isEqualTo("\"cart\"");
        assertThat(body(app, "GET", "/cart/items/2")).isEqualTo("\"cart item 2\"");
        assertThat(body(app, "POST", "/cart/checkout")).isEqualTo("\"paid\"");
        assertThat(body(app, "GET", "/catalog")).isEqualTo("\"catalog\"");
        assertThat(app.routes()).extracting(r -> r.operationId()).containsExactly("view", "viewCartItem", "checkout", "viewCatalog");
        String routes = compiled.generated(javax.tools.StandardLocation.SOURCE_OUTPUT, "shop/SkiffRoutes.java");
        assertThat(routes).contains("create(Api api, Api.Checkout checkout, shop.catalog.Api api2)");
    }

    private static String body(Application app, String method, String path) {
        return new String(CompiledApi.dispatch(app, HttpRequest.builder(method, path).build()).body()
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
