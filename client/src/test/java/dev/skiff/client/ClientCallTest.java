package dev.skiff.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.support.json.Codecs;
import dev.skiff.support.json.Containers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What generated clients rely on, against a JDK server that records the request and answers
 * with a canned response: how arguments go on the wire, and how odd answers come back.
 */
class ClientCallTest {
    private HttpServer server;
    private final AtomicReference<String> requestUri = new AtomicReference<>();
    private final AtomicReference<String> requestBody = new AtomicReference<>();
    private final AtomicReference<String> cookie = new AtomicReference<>();
    private final AtomicReference<com.sun.net.httpserver.Headers> requestHeaders = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile String answer = "null";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requestUri.set(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            cookie.set(exchange.getRequestHeaders().getFirst("cookie"));
            requestHeaders.set(exchange.getRequestHeaders());
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Transport transport() {
        return new ClientBuilder<>(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), t -> t)
                .build();
    }

    @Test
    void pathAndQueryValues_arePercentEncoded_soPlusAmpersandAndSpaceSurvive() {
        transport().request("GET", "/files/{name}")
                .path("name", Codecs.STRING, "a b/c+d")
                .query("q", Codecs.STRING, "x&y=z+1 2")
                .queryAll("n", Codecs.INT, List.of(1, 2))
                .query("absent", Codecs.STRING, null)
                .readNothing();
        assertThat(requestUri.get()).isEqualTo("/files/a%20b%2Fc%2Bd?q=x%26y%3Dz%2B1%202&n=1&n=2");
    }

    @Test
    void queryValues_areEncodedAsRfc3986_leavingOnlyUnreservedCharacters_asTheTypeScriptClientDoes() {
        transport().request("GET", "/q")
                .query("q", Codecs.STRING, "a b+c*~!'()/?é")
                .readNothing();
        // the same string the TypeScript client's query gives (tools/ts-client-checks/runtime.test.mjs)
        assertThat(requestUri.get()).isEqualTo("/q?q=a%20b%2Bc%2A~%21%27%28%29%2F%3F%C3%A9");
    }

    @Test
    void anEmptyDotOrDotDotPathValue_isRefusedBeforeSending_namingTheParameter() {
        for (String value : new String[] {"", ".", ".."}) {
            assertThatThrownBy(() -> transport().request("GET", "/files/{name}").path("name", Codecs.STRING, value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("path parameter name is ");
        }
        assertThat(requestUri.get()).isNull();
        transport().request("GET", "/files/{name}").path("name", Codecs.STRING, "..a./b").readNothing();
        assertThat(requestUri.get()).startsWith("/files/..a.%2Fb?");
    }

    @Test
    void eachHeaderNameIsSentOnce_whateverItsCase_theParameterOverTheBuilder_theSignerOverBoth() {
        Transport transport = new ClientBuilder<>(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                t -> t)
                .header("X-Tenant", "builder").header("x-tenant", "builder too")
                .header("Authorization", "Bearer builder")
                .header("X-Trace", "kept")
                .signer(request -> {
                    assertThat(request.headers().keySet()).filteredOn(name -> name.equalsIgnoreCase("x-tenant"))
                            .hasSize(1);
                    return java.util.Map.of("authorization", List.of("Signed"));
                })
                .build();
        transport.request("GET", "/h")
                .header("x-TENANT", Codecs.STRING, "parameter")
                .header("Accept", Codecs.STRING, "text/plain")
                .accept("application/json")
                .readNothing();
        assertThat(requestHeaders.get().get("x-tenant")).containsExactly("parameter");
        assertThat(requestHeaders.get().get("authorization")).containsExactly("Signed");
        assertThat(requestHeaders.get().get("accept")).containsExactly("text/plain");
        assertThat(requestHeaders.get().get("x-trace")).containsExactly("kept");
    }

    @Test
    void aRawBody_goesWithItsDeclaredMediaType() {
        transport().request("POST", "/raw").raw("text/plain", "héllo").readNothing();
        assertThat(requestHeaders.get().getFirst("content-type")).isEqualTo("text/plain");
        assertThat(requestBody.get()).isEqualTo("héllo");
    }

    @Test
    void cookies_goInOneHeader_aListAsTheNameRepeated() {
        transport().request("GET", "/c")
                .cookie("session", Codecs.STRING, "abc")
                .cookieAll("seen", Codecs.INT, List.of(1, 2))
                .cookie("absent", Codecs.STRING, null)
                .readNothing();
        assertThat(cookie.get()).isEqualTo("session=abc; seen=1; seen=2");
    }

    @Test
    void aCookieValueThatWouldAddCookies_isRefusedBeforeSending() {
        assertThatThrownBy(() -> transport().request("GET", "/c").cookie("session", Codecs.STRING, "a; admin=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cookie session's value")
                .hasMessageNotContaining("admin");
        assertThat(cookie.get()).isNull();
    }

    @Test
    void aSignableRequestPrintsNoSecrets() {
        SignableRequest request = new SignableRequest("GET", java.net.URI.create("https://h.example/items?key=s3cret"),
                java.util.Map.of("Authorization", List.of("Bearer t0ken"), "accept", List.of("application/json")),
                new byte[3]);
        assertThat(request.toString()).isEqualTo(
                "GET https://h.example/items, Authorization=<hidden>, accept=[application/json], 3 bytes");
    }

    @Test
    void aFormIsUrlencoded_withEachValueAsItsJsonText() {
        transport().request("POST", "/form")
                .form("price", Codecs.BIG_DECIMAL, new java.math.BigDecimal("12.50"))
                .form("day", Codecs.LOCAL_DATE, java.time.LocalDate.of(2026, 12, 6))
                .formAll("tag", Codecs.STRING, List.of("a&b", "c"))
                .readNothing();
        assertThat(requestBody.get()).isEqualTo("price=12.50&day=2026-12-06&tag=a%26b&tag=c");
    }

    @Test
    void aNonJsonErrorBody_keepsItsRawText_withoutDetail() {
        status = 502;
        contentType = "text/html";
        answer = "<h1>Bad gateway</h1>";
        ApiException error = assertThrows(ApiException.class,
                () -> transport().request("GET", "/x").readJson(Codecs.STRING));
        assertThat(error.status()).isEqualTo(502);
        assertThat(error.body()).isEqualTo("<h1>Bad gateway</h1>");
        assertThat(error.detail()).isNull();
        assertThat(error).isNotInstanceOf(ValidationException.class).hasMessage("HTTP 502: <h1>Bad gateway</h1>");
    }

    @Test
    void anErrorOfAStream_isAnApiExceptionBeforeAnyElement() {
        status = 404;
        answer = "{\"detail\":\"gone\"}";
        ApiException error = assertThrows(ApiException.class,
                () -> transport().request("GET", "/s").readLines(Codecs.INT));
        assertThat(error.detail()).isEqualTo("gone");
    }

    @Test
    void aBodyOfTheWrongShape_isAnIllegalStateNamingTheProblem() {
        answer = "{\"not\":\"a list\"}";
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> transport().request("GET", "/x").readJson(Containers.list(Codecs.INT)));
        assertThat(wrong).hasMessageContaining("does not fit");
    }

    @Test
    void jsonLines_skipBlankLines_andServerSentEvents_joinMultiLineData() {
        contentType = "application/jsonl";
        answer = "1\n\n2\r\n3";
        try (Stream<Integer> lines = transport().request("GET", "/s").readLines(Codecs.INT)) {
            assertThat(lines).containsExactly(1, 2, 3);
        }
        contentType = "text/event-stream";
        answer = ": comment\nretry: 10\nevent: pair\ndata: [1,\ndata: 2]\nid: 7\n\ndata: [3]\n\n";
        try (Stream<ServerSentEvent<List<Integer>>> events = transport().request("GET", "/e")
                .readEvents(Containers.list(Codecs.INT))) {
            List<ServerSentEvent<List<Integer>>> all = events.toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(0).data()).containsExactly(1, 2);
            assertThat(all.get(0).event()).isEqualTo("pair");
            assertThat(all.get(0).id()).isEqualTo("7");
            assertThat(all.get(1).data()).containsExactly(3);
            assertThat(all.get(1).id()).isNull();
        }
    }

    @Test
    void linesEndWithCrLfLfOrALoneCr_andALastJsonLineWithoutItsNewlineIsAnElement() {
        contentType = "application/jsonl";
        answer = "\uFEFF1\r2\r\n3\n\r4";
        try (Stream<Integer> lines = transport().request("GET", "/s").readLines(Codecs.INT)) {
            assertThat(lines).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void serverSentEvents_endLinesWithALoneCr_andAnEventNotEndedByABlankLineIsDropped() {
        // WHATWG HTML, interpreting an event stream: at the end of the stream, pending data is discarded
        contentType = "text/event-stream";
        answer = "\uFEFFdata: [1]\r\rdata: [2,\rdata\rdata:3]\r\n\r\n:c\ndata: [4]\n";
        try (Stream<ServerSentEvent<List<Integer>>> events = transport().request("GET", "/e")
                .readEvents(Containers.list(Codecs.INT))) {
            List<ServerSentEvent<List<Integer>>> all = events.toList();
            assertThat(all).extracting(ServerSentEvent::data).containsExactly(List.of(1), List.of(2, 3));
        }
    }
}
