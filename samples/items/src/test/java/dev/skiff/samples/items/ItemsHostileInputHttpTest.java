package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skiff.core.HttpResponse;
import dev.skiff.test.LocalServerExtension;
import dev.skiff.test.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input, end to end over raw sockets against the sample on the local server: a table of
 * requests, each answered with the status it deserves and, where the client is at fault, a 4xx
 * whose body is DESIGN.md's {@code {"detail": ...}} naming no class, package or stack frame;
 * after each, the server still answers {@code GET /items} with 200.
 *
 * <p>Three kinds of case. {@code detail}: a 4xx with a JSON detail. {@code accepted}: input that
 * is odd but valid, as FastAPI accepts it (duplicate keys: the last wins, as Python's
 * {@code json.loads}; unknown properties ignored, as pydantic's default {@code extra='ignore'}).
 * {@code undertow}: refused by Undertow's HTTP parser before any handler runs, with a bare 400
 * and a closed connection (or, for a broken chunk, the connection closed unanswered): there is
 * no application to answer in DESIGN.md's shape yet.
 */
class ItemsHostileInputHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What must never reach a client: Java packages, class names, stack frames, library settings. */
    private static final Pattern LEAK = Pattern.compile("com\\.fasterxml|java\\.[a-z]|javax\\.|dev\\.skiff|io\\.undertow"
            + "|org\\.(xnio|jboss|slf4j)|[A-Za-z]+Exception|\\bat [a-z]+\\.[a-z]|\\.java:\\d|StreamReadConstraints"
            + "|JsonReadFeature|DeserializationFeature|[Jj]ackson");
    private static final String LAMP = "{\"name\":\"Lamp\",\"price\":19.90,\"tags\":[\"home\"],"
            + "\"dimensions\":{\"width\":20,\"height\":45.5,\"depth\":20}}";

    @RegisterExtension
    static final LocalServerExtension SERVER = LocalServerExtension.of(ItemsApplication::create)
            .with(server -> server.endpoint("/echo-header", (request, app) -> {
                // an application echoing a client's value into a response header
                HttpResponse response = HttpResponse.json(200, "{}".getBytes(StandardCharsets.UTF_8));
                request.query().getOrDefault("v", List.of("")).forEach(v -> response.headers().add("X-Echo", v));
                return response;
            }));

    private enum Kind { DETAIL, ACCEPTED, UNDERTOW }

    private record Case(String name, byte[] request, Set<Integer> statuses, Kind kind) {}

    @Test
    void everyHostileRequest_isAnsweredAsItDeserves_andTheServerStaysHealthy() throws Exception {
        List<Case> cases = cases();
        RawHttp http = RawHttp.to(SERVER.port()).timeout(Duration.ofSeconds(20));
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            long start = System.nanoTime();
            RawHttp.Response response = http.send(c.request());
            long millis = (System.nanoTime() - start) / 1_000_000;
            String what = c.name() + " -> " + response.status() + " " + abbreviated(response.text());
            softly.assertThat(millis).as("%s took %d ms", c.name(), millis).isLessThan(10_000);
            switch (c.kind()) {
                case DETAIL -> {
                    softly.assertThat(response.status()).as(what).isIn(c.statuses().toArray());
                    softly.assertThat(response.header("content-type")).as(what).hasValue("application/json");
                    softly.assertThat(detailOf(response.text())).as(what).isTrue();
                }
                case ACCEPTED -> softly.assertThat(response.status()).as(what).isIn(c.statuses().toArray());
                case UNDERTOW -> softly.assertThat(response.status()).as(what).isIn(400, -1);
            }
            softly.assertThat(LEAK.matcher(response.head() + "\n" + response.text()).find())
                    .as("internals in %s", what).isFalse();
            softly.assertThat(response.status()).as(what).isLessThan(500);
            RawHttp.Response health = http.send(get("/items"));
            softly.assertThat(health.status()).as("GET /items after %s", c.name()).isEqualTo(200);
        }
        System.out.println("ItemsHostileInputHttpTest: " + cases.size() + " hostile requests, each followed by GET /items");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        softly.assertAll();
    }

    @Test
    void duplicateKeys_lastWins_asPythonsJsonLoads() throws Exception {
        RawHttp.Response created = RawHttp.to(SERVER.port()).send(post("/items", "application/json",
                "{\"name\":\"first\",\"price\":\"oops\",\"name\":\"second\",\"price\":2}"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode item = JSON.readTree(created.text());
        assertThat(item.get("name").asText()).isEqualTo("second");
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void crLfInAnEchoedHeaderValue_neverSplitsTheResponse() throws Exception {
        RawHttp.Response response = RawHttp.to(SERVER.port()).send(get("/echo-header?v=a%0D%0ASet-Cookie:%20evil=1"));

        assertThat(response.status()).isBetween(200, 499);
        assertThat(response.head().toLowerCase()).doesNotContain("\r\nset-cookie:");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Set<Integer> invalid = Set.of(422);
        Set<Integer> invalidOr400 = Set.of(400, 422);

        // null and empty bodies: pydantic's missing at ["body"], as FastAPI (fastapi#311)
        for (String body : new String[] {"null", "", " ", "\n\t ", " null "}) {
            cases.add(json("null or empty " + quoted(body), "/items", body, invalid));
            cases.add(json("null or empty on PUT " + quoted(body), "/items/1", "PUT", body, invalid));
        }
        cases.add(new Case("empty body without a content type", post("/items", null, ""), invalid, Kind.DETAIL));
        cases.add(json("empty object", "/items", "{}", invalid));

        // truncated JSON: every prefix of a valid document at a few cut points
        for (int cut : new int[] {1, 2, 8, 9, 15, 22, 28, 35, 50, LAMP.length() - 1}) {
            cases.add(json("truncated at " + cut, "/items", LAMP.substring(0, cut), invalid));
        }

        // invalid JSON
        String[] malformed = {"{", "}", "[", "]", "{\"name\":}", "{'name':'a','price':1}", "{name:\"a\"}",
            "{\"name\":\"a\",\"price\":1,}", "[1,]", "tru", "nul", "\"unterminated", "{\"a\" \"b\"}", "01", "1.", ".5",
            "-", "+1", "0x10", "{\"name\":\"a\\u12\"}", "{\"name\":\"\\x\"}", "{\"name\":\"a\u0001b\",\"price\":1}",
            "/* comment */ {}", "{\"name\":\"a\",\"price\":1} trailing", "{\"name\":\"a\",\"price\":1}{}", "[}", "{]",
            "{\"name\"}", "{\"name\":\"a\" \"price\":1}", "{,}", "\u00ef\u00bb\u00bf{}", "{\"price\":1e}", "{\"price\":-}",
            "{\"price\":1.e5}", "{\"price\":00}", "\"\\"};
        for (String body : malformed) {
            cases.add(json("malformed " + quoted(body), "/items", body, invalidOr400));
        }
        // a lone surrogate escape: Python's json.loads reads it, and the name is written back escaped
        cases.add(accepted("a lone surrogate in a name", post("/items", "application/json",
                "{\"name\":\"\\ud800\",\"price\":1}")));
        // NaN and Infinity: Python's json.loads accepts them; pydantic refuses them as a Decimal
        cases.add(json("NaN price", "/items", "{\"name\":\"a\",\"price\":NaN}", invalid));
        cases.add(json("Infinity price", "/items", "{\"name\":\"a\",\"price\":Infinity}", invalid));
        cases.add(json("-Infinity width", "/items", "{\"name\":\"a\",\"price\":1,\"dimensions\":{\"width\":-Infinity,"
                + "\"height\":1,\"depth\":1}}", invalid));

        // invalid UTF-8: Python cannot decode it, FastAPI answers 400 "There was an error parsing the body"
        byte[][] badUtf8 = {{(byte) 0xFF}, {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
            {(byte) 0xC0, (byte) 0xAF}, {'"', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'},
            {'"', 'a', (byte) 0xE2, (byte) 0x82, '"'}, {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0x80, '"', '}'},
            {'"', (byte) 0xE2, (byte) 0x82}};
        for (byte[] body : badUtf8) {
            cases.add(new Case("invalid UTF-8 " + hex(body), post("/items", "application/json", body), invalidOr400,
                    Kind.DETAIL));
        }

        // wrong types, at the top and inside
        String[] wrongTypes = {"[]", "1", "\"a string\"", "true", "{\"name\":1,\"price\":1}", "{\"name\":[],\"price\":1}",
            "{\"name\":{},\"price\":1}", "{\"name\":true,\"price\":1}", "{\"name\":\"a\",\"price\":\"abc\"}",
            "{\"name\":\"a\",\"price\":[]}", "{\"name\":\"a\",\"price\":{}}", "{\"name\":\"a\",\"price\":true}",
            "{\"name\":\"a\",\"price\":1,\"tags\":\"x\"}", "{\"name\":\"a\",\"price\":1,\"tags\":[1]}",
            "{\"name\":\"a\",\"price\":1,\"tags\":[null]}", "{\"name\":\"a\",\"price\":1,\"tags\":{}}",
            "{\"name\":\"a\",\"price\":1,\"dimensions\":1}", "{\"name\":\"a\",\"price\":1,\"dimensions\":{\"width\":\"x\"}}",
            "{\"name\":\"a\",\"price\":1,\"contactEmail\":5}", "{\"name\":\"a\",\"price\":1,\"contactEmail\":\"nope\"}",
            "{\"name\":\"\",\"price\":1}", "{\"name\":\"a\",\"price\":-1}", "{\"name\":\"a\",\"price\":1.999}"};
        for (String body : wrongTypes) {
            cases.add(json("wrong type " + quoted(body), "/items", body, invalid));
        }
        cases.add(json("adjustment of an unknown kind", "/items/1/adjustments", "{\"kind\":\"steal\"}", Set.of(404, 422)));
        cases.add(json("adjustment without its kind", "/items/1/adjustments", "{\"percent\":10}", Set.of(404, 422)));
        cases.add(json("adjustment as a list", "/items/1/adjustments", "[{\"kind\":\"reprice\"}]", Set.of(404, 422)));

        // null for primitives (Dimensions' doubles) and for required values
        cases.add(json("null for a primitive", "/items", "{\"name\":\"a\",\"price\":1,\"dimensions\":{\"width\":null,"
                + "\"height\":1,\"depth\":1}}", invalid));
        cases.add(json("null for a required string", "/items", "{\"name\":null,\"price\":1}", invalid));
        cases.add(json("null for a required number", "/items", "{\"name\":\"a\",\"price\":null}", invalid));

        // integer overflow and enormous numbers
        cases.add(json("price past a double", "/items", "{\"name\":\"a\",\"price\":1e309}", invalid));
        cases.add(json("price 1e999999", "/items", "{\"name\":\"a\",\"price\":1e999999}", invalid));
        cases.add(json("price 1e-999999", "/items", "{\"name\":\"a\",\"price\":1e-999999}", invalid));
        cases.add(json("price of 26 digits", "/items", "{\"name\":\"a\",\"price\":99999999999999999999999999}", invalid));
        cases.add(json("width past a double", "/items", "{\"name\":\"a\",\"price\":1,\"dimensions\":{\"width\":1e400,"
                + "\"height\":1,\"depth\":1}}", invalid));
        cases.add(json("10^6-digit integer", "/items", "{\"name\":\"a\",\"price\":" + "9".repeat(1_000_000) + "}",
                invalidOr400));
        cases.add(json("10^6-digit fraction", "/items", "{\"name\":\"a\",\"price\":0." + "1".repeat(1_000_000) + "}",
                invalidOr400));
        cases.add(json("10^6-digit string price", "/items", "{\"name\":\"a\",\"price\":\"" + "9".repeat(1_000_000)
                + "\"}", invalidOr400));
        cases.add(json("10^5-digit exponent", "/items", "{\"name\":\"a\",\"price\":1e" + "9".repeat(100_000) + "}",
                invalidOr400));
        cases.add(get("id past a long", "/items/99999999999999999999", invalid));
        cases.add(get("negative id", "/items/-1", invalid));
        cases.add(get("id as a float", "/items/1.5", invalid));
        cases.add(get("limit past an int", "/items?limit=99999999999999999999", invalid));
        cases.add(get("limit 1e3", "/items?limit=1e3", invalid));
        cases.add(get("offset below 0", "/items/page?offset=-1", invalid));
        cases.add(get("empty primitive query value", "/items/page?offset=", invalid));

        // 100,000-deep nesting: Python's RecursionError, FastAPI's 400
        cases.add(json("100,000-deep arrays", "/items", "[".repeat(100_000) + "]".repeat(100_000), invalidOr400));
        cases.add(json("100,000-deep objects", "/items", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
                invalidOr400));
        cases.add(json("100,000 unclosed arrays", "/items", "[".repeat(100_000), invalidOr400));
        cases.add(json("deep tags", "/items", "{\"name\":\"a\",\"price\":1,\"tags\":" + "[".repeat(5000)
                + "]".repeat(5000) + "}", invalidOr400));

        // duplicate keys (the last wins) and unknown fields (ignored): accepted, as FastAPI accepts them
        cases.add(accepted("duplicate keys", post("/items", "application/json",
                "{\"name\":\"a\",\"name\":\"b\",\"price\":1}")));
        cases.add(accepted("unknown fields", post("/items", "application/json",
                "{\"name\":\"a\",\"price\":1,\"admin\":true,\"__proto__\":{},\"@class\":\"x\"}")));
        cases.add(json("duplicate key, the last invalid", "/items", "{\"name\":\"a\",\"price\":1,\"price\":\"x\"}",
                invalid));
        cases.add(json("a long property name", "/items", "{\"" + "n".repeat(60_000) + "\":1}", invalid));

        // paths: percent-encoded slash and dot segments, traversal towards files, overlong
        cases.add(get("encoded slash in an id", "/items/1%2F2", Set.of(404, 422)));
        cases.add(get("encoded dot-dot segment", "/items/%2e%2e", Set.of(404, 422)));
        cases.add(get("encoded traversal", "/items/..%2F..%2Fetc%2Fpasswd", Set.of(404, 422)));
        cases.add(get("docs traversal", "/docs/..%2F..%2Fpom.xml", Set.of(404)));
        cases.add(get("webjars traversal", "/webjars/..%2F..%2F..%2Fpom.xml", Set.of(404)));
        cases.add(get("double-encoded traversal", "/docs/%252e%252e/%252e%252e/pom.xml", Set.of(404)));
        cases.add(get("encoded NUL", "/items/1%00", Set.of(404, 422)));
        cases.add(new Case("invalid percent escape", get("/items/%zz"), Set.of(400), Kind.UNDERTOW));
        cases.add(get("overlong path", "/items/" + "1".repeat(10_000), Set.of(414)));
        cases.add(get("overlong query", "/items?q=" + "q".repeat(10_000), Set.of(414)));
        cases.add(get("unknown path", "/nothing/here", Set.of(404)));
        cases.add(new Case("unknown method", ("BREW /items HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), Set.of(405), Kind.DETAIL));

        // headers: overlong, too many, CR in a value
        cases.add(new Case("a 20 KB header", request("GET /items HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), Set.of(431), Kind.DETAIL));
        cases.add(new Case("300 headers", request("GET /items HTTP/1.1\r\nHost: x\r\n" + headers(300)
                + "Connection: close\r\n\r\n"), Set.of(431), Kind.DETAIL));
        cases.add(new Case("a 2 MB header", request("GET /items HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(2_000_000)
                + "\r\n\r\n"), Set.of(400), Kind.UNDERTOW));
        cases.add(new Case("bare CR in a header value", request("GET /items HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n"),
                Set.of(400), Kind.UNDERTOW));
        cases.add(new Case("LF-only line ends", request("GET /items HTTP/1.1\nHost: x\nX-A: a\nConnection: close\n\n"),
                Set.of(400), Kind.UNDERTOW));
        cases.add(new Case("CR LF echoed into a header", request("GET /echo-header?v=a%0D%0AX-Injected:%201 HTTP/1.1\r\n"
                + "Host: x\r\nConnection: close\r\n\r\n"), Set.of(200), Kind.ACCEPTED));

        // query keys repeated, and very many
        cases.add(accepted("a repeated scalar query key", request(getLine("/items?limit=1&limit=2"))));
        cases.add(get("a repeated invalid query key", "/items?limit=1&limit=x", invalid));
        cases.add(accepted("1000 distinct query keys", request(getLine("/items?" + keys(1000)))));
        cases.add(get("1001 query keys", "/items?" + keys(1001), Set.of(414)));
        cases.add(accepted("empty query pairs", request(getLine("/items?&&&=&limit=1&"))));

        // bodies that are not what they claim
        cases.add(new Case("JSON sent as text/plain", post("/items", "text/plain", LAMP), Set.of(415), Kind.DETAIL));
        cases.add(new Case("Content-Length past a long", request("POST /items HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 99999999999999999999999\r\n\r\n{}"),
                Set.of(413), Kind.DETAIL));
        cases.add(new Case("Content-Length over the limit", request("POST /items HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 7000000\r\n\r\n{}"), Set.of(413), Kind.DETAIL));
        cases.add(new Case("a chunked body over the limit", request("POST /items HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + chunked("[" + "1,".repeat(3_500_000) + "1]")), Set.of(413), Kind.DETAIL));
        cases.add(new Case("an invalid chunk size", request("POST /items HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n"),
                Set.of(400), Kind.UNDERTOW));
        cases.add(new Case("a negative Content-Length", request("POST /items HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}"), Set.of(400), Kind.UNDERTOW));

        // forms and multipart with broken boundaries
        String photo = "/items/1/photo";
        cases.add(multipart(400, "no boundary parameter", photo, "multipart/form-data", "--x\r\n\r\n--x--\r\n"));
        cases.add(multipart(400, "a boundary that never appears", photo, "multipart/form-data; boundary=abc",
                "--xyz\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n\r\nPNG\r\n--xyz--\r\n"));
        cases.add(multipart(400, "no closing boundary", photo, "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.png\"\r\n\r\nPNG"));
        cases.add(multipart(400, "a part without headers", photo, "multipart/form-data; boundary=abc",
                "--abc\r\n\r\nPNG\r\n--abc--\r\n"));
        cases.add(multipart(400, "a part without a name", photo, "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; filename=\"a.png\"\r\n\r\nPNG\r\n--abc--\r\n"));
        cases.add(multipart(400, "an empty multipart body", photo, "multipart/form-data; boundary=abc", ""));
        cases.add(multipart(400, "a boundary of 300 characters", photo, "multipart/form-data; boundary=" + "b".repeat(300),
                "--" + "b".repeat(300) + "--\r\n"));
        cases.add(multipart(400, "a header line without a colon", photo, "multipart/form-data; boundary=abc",
                "--abc\r\nnonsense\r\n\r\nPNG\r\n--abc--\r\n"));
        cases.add(multipart(413, "2000 parts", "/items/form", "multipart/form-data; boundary=abc",
                ("--abc\r\nContent-Disposition: form-data; name=\"tags\"\r\n\r\nt\r\n").repeat(2000) + "--abc--\r\n"));
        cases.add(multipart(422, "a text where the file belongs", photo, "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"photo\"\r\n\r\nnot a file\r\n--abc--\r\n"));
        cases.add(multipart(422, "form with an invalid price", "/items/form", "application/x-www-form-urlencoded",
                "name=a&price=%ZZ"));
        cases.add(multipart(422, "form with a huge price", "/items/form", "application/x-www-form-urlencoded",
                "name=a&price=" + "9".repeat(100_000)));
        cases.add(multipart(422, "form without fields", "/items/form", "application/x-www-form-urlencoded", ""));
        return cases;
    }

    private static boolean detailOf(String body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree != null && tree.isObject() && tree.has("detail");
        } catch (Exception notJson) {
            return false;
        }
    }

    private static Case json(String name, String path, String body, Set<Integer> statuses) {
        return json(name, path, "POST", body, statuses);
    }

    private static Case json(String name, String path, String method, String body, Set<Integer> statuses) {
        return new Case(name, request(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8)),
                statuses, Kind.DETAIL);
    }

    private static Case multipart(int status, String name, String path, String contentType, String body) {
        return new Case(name, post(path, contentType, body), Set.of(status), Kind.DETAIL);
    }

    private static Case get(String name, String target, Set<Integer> statuses) {
        return new Case(name, get(target), statuses, Kind.DETAIL);
    }

    private static Case accepted(String name, byte[] request) {
        return new Case(name, request, Set.of(200, 201), Kind.ACCEPTED);
    }

    private static byte[] get(String target) {
        return request(getLine(target));
    }

    private static String getLine(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    }

    private static byte[] post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] post(String path, String contentType, byte[] body) {
        return request("POST", path, contentType, body);
    }

    private static byte[] request(String method, String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] request(String raw) {
        return raw.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String headers(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("X-H").append(i).append(": v\r\n");
        }
        return out.toString();
    }

    private static String keys(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : "&").append('k').append(i).append("=1");
        }
        return out.toString();
    }

    private static String chunked(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i += 65536) {
            String chunk = body.substring(i, Math.min(body.length(), i + 65536));
            out.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return out.append("0\r\n\r\n").toString();
    }

    private static String quoted(String body) {
        String shown = body.length() > 40 ? body.substring(0, 40) + "..." : body;
        return "'" + shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
