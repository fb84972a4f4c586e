package dev.skiff.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /docs and /redoc come from the class path, point at /openapi.json and reach for nothing outside. */
class DocsPagesTest {
    private static LocalServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = LocalServer.builder(new TestApplication().application()).port(0).build().start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void swaggerUi_pointsAtTheDocumentWithoutPetstoreOrValidator() throws Exception {
        HttpResponse<String> page = http.get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("url: \"/openapi.json\"", "validatorUrl: null", "/docs/assets/swagger-ui-bundle.js",
                "<title>Test API - Swagger UI</title>");
        assertThat(page.body()).doesNotContain("petstore").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void swaggerUiAssets_comeFromTheWebjar() throws Exception {
        HttpResponse<String> bundle = http.get("/docs/assets/swagger-ui-bundle.js");
        HttpResponse<String> css = http.get("/docs/assets/swagger-ui.css");

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(css.headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void redoc_loadsNoWebFontsAndNoCdnImage() throws Exception {
        HttpResponse<String> page = http.get("/redoc");
        HttpResponse<String> bundle = http.get("/redoc/assets/redoc.standalone.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Redoc.init(\"/openapi.json\"", "/redoc/assets/redoc.standalone.js");
        assertThat(page.body()).doesNotContain("fonts.googleapis").doesNotContain("https://");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("Redoc").doesNotContain(RedocPage.CDN_LOGO);
    }

    @Test
    void assets_answerAMatchingETagWith304() throws Exception {
        HttpResponse<String> first = http.get("/docs/assets/swagger-ui.css");
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<String> again = http.send(http.request("/docs/assets/swagger-ui.css").header("If-None-Match", etag));
        HttpResponse<String> changed = http.send(http.request("/docs/assets/swagger-ui.css").header("If-None-Match", "\"other\""));

        assertThat(first.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
    }

    @Test
    void docsPage_answersAMatchingETagWith304() throws Exception {
        String etag = http.get("/redoc").headers().firstValue("etag").orElseThrow();

        assertThat(http.send(http.request("/redoc").header("If-None-Match", "W/" + etag)).statusCode()).isEqualTo(304);
    }

    @Test
    void unknownOrTraversingAsset_is404() throws Exception {
        assertThat(http.get("/docs/assets/nothing.js").statusCode()).isEqualTo(404);
        assertThat(http.get("/docs/assets/..%2F..%2Fpom.properties").statusCode()).isEqualTo(404);
        assertThat(http.get("/docs/assets/").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesMovedOrSwitchedOff_followTheSettings() throws Exception {
        DocsPages docs = DocsPages.defaults().swaggerUi("/api-docs").withoutRedoc();
        try (LocalServer moved = LocalServer.builder(new TestApplication().application()).port(0).docs(docs).build().start()) {
            Http client = new Http(moved);

            assertThat(client.get("/api-docs").body()).contains("/api-docs/assets/swagger-ui-bundle.js");
            assertThat(client.get("/api-docs/assets/swagger-ui.css").statusCode()).isEqualTo(200);
            assertThat(client.get("/docs").statusCode()).isEqualTo(404);
            assertThat(client.get("/redoc").statusCode()).isEqualTo(404);
        }
        try (LocalServer none = LocalServer.builder(new TestApplication().application()).port(0).docs(DocsPages.none())
                .build().start()) {
            Http client = new Http(none);

            assertThat(client.get("/docs").statusCode()).isEqualTo(404);
            assertThat(client.get("/openapi.json").statusCode()).isEqualTo(200);
        }
    }
}
