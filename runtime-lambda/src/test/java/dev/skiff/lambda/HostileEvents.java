package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skiff.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hostile event corpus, shared by the handler's test and the runtime loop's: events of the
 * wrong shape or type, broken JSON and UTF-8, invalid base64, requests past the limits, hostile
 * paths, and the JSON bodies that broke the sample, each with the status it must get from
 * {@link HostileTestApi} under {@link #ENV}. Public for the runtime loop's tests.
 */
public final class HostileEvents {
    /** The corpus handler's variables: a 2 MB body limit, so that 413 needs no 6 MB event. */
    public static final Map<String, String> ENV = Map.of("SKIFF_LIMITS_MAX_BODY_BYTES", "2097152");
    public static final int BODY_LIMIT = 2097152;

    /** What must never reach a caller: exception, class, package and library names, stack frames. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Error:|java\\.|javax\\.|jdk\\.|dev\\.skiff|com\\.fasterxml|(?i:jackson)|\\.java:\\d|\\tat "
                    + "|StreamReadConstraints|JsonParser|Caused by|Secret");

    /** One hostile event and the status it must be answered with. */
    public record Case(String name, byte[] event, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Case> cases = new ArrayList<>();

    private HostileEvents() {}

    /** The whole corpus. */
    public static List<Case> all() {
        HostileEvents corpus = new HostileEvents();
        corpus.shapes();
        corpus.brokenJson();
        corpus.invalidUtf8();
        corpus.invalidBase64();
        corpus.limits();
        corpus.paths();
        corpus.bodies();
        return List.copyOf(corpus.cases);
    }

    /** The invocation every case is followed by: it must still be answered exactly. */
    public static byte[] probe(String correlationId) {
        return v2("GET", "/items/42", "", Map.of("x-correlation-id", correlationId), null, false);
    }

    /** Checks a probe's answer. */
    public static void assertProbe(JsonNode response, String correlationId, String after) {
        assertThat(response.get("statusCode").asInt()).as("the probe after %s", after).isEqualTo(200);
        assertThat(body(response)).as("the probe after %s", after).isEqualTo("{\"id\":42,\"name\":\"Item 42\"}");
        assertThat(response.get("headers").get("x-correlation-id").asText()).isEqualTo(correlationId);
    }

    /**
     * Checks a case's answer: its status, and when that is an error, a JSON {@code detail} in
     * DESIGN.md's shape and nothing of the runtime's internals in the body or headers.
     */
    public static void assertAnswer(Case c, JsonNode response) {
        assertThat(response.get("statusCode").asInt()).as("status of %s: %s", c.name(), response).isEqualTo(c.status());
        String body = body(response);
        assertThat(INTERNALS.matcher(body).find()).as("internals in the body of %s: %s", c.name(), body).isFalse();
        assertThat(INTERNALS.matcher(response.path("headers").toString()).find()).as("internals in the headers of %s",
                c.name()).isFalse();
        if (c.status() >= 400) {
            assertThat(response.get("headers").get("content-type").asText()).as(c.name()).isEqualTo("application/json");
            JsonNode detail = json(body).get("detail");
            assertThat(detail).as("the detail of %s: %s", c.name(), body).isNotNull();
            assertThat(detail.isTextual() || detail.isArray()).as(c.name()).isTrue();
        }
    }

    /** The response's body as text, decoded when it is base64. */
    public static String body(JsonNode response) {
        String text = response.path("body").asText();
        if (response.path("isBase64Encoded").asBoolean()) {
            text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        }
        return text;
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private void add(String name, byte[] event, int status) {
        cases.add(new Case(name, event, status));
    }

    private void add(String name, String event, int status) {
        add(name, event.getBytes(StandardCharsets.UTF_8), status);
    }

    /** A payload 2.0 (HTTP API) event. */
    static byte[] v2(String method, String rawPath, String rawQuery, Map<String, String> headers, String body,
                     boolean base64) {
        ObjectNode event = Json.mapper().createObjectNode().put("version", "2.0").put("routeKey", "$default")
                .put("rawPath", rawPath).put("rawQueryString", rawQuery);
        ObjectNode h = event.putObject("headers");
        headers.forEach(h::put);
        ObjectNode context = event.putObject("requestContext").put("requestId", "apigw-hostile").put("stage", "$default");
        context.putObject("http").put("method", method).put("path", rawPath).put("sourceIp", "192.0.2.1");
        if (body != null) {
            event.put("body", body).put("isBase64Encoded", base64);
        }
        return bytes(event);
    }

    /** A Function URL event: payload 2.0 with the URL's domain and no stage. */
    static byte[] url(String method, String rawPath, String rawQuery, Map<String, String> headers, String body,
                      boolean base64) {
        try {
            ObjectNode event = (ObjectNode) Json.mapper().readTree(v2(method, rawPath, rawQuery, headers, body, base64));
            ObjectNode context = (ObjectNode) event.get("requestContext");
            context.remove("stage");
            context.put("domainName", "abcdefghijklmnopqrstuvwxyz0123.lambda-url.eu-west-1.on.aws");
            return bytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload 1.0 (REST API) event behind stage {@code prod}; {@code query} as multi-value parameters. */
    static byte[] v1(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                     String body, boolean base64) {
        ObjectNode event = Json.mapper().createObjectNode().put("resource", "/{proxy+}").put("path", "/prod" + path)
                .put("httpMethod", method);
        ObjectNode h = event.putObject("headers");
        ObjectNode mh = event.putObject("multiValueHeaders");
        headers.forEach((name, value) -> {
            h.put(name, value);
            mh.putArray(name).add(value);
        });
        if (!query.isEmpty()) {
            ObjectNode q = event.putObject("queryStringParameters");
            ObjectNode mq = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                q.put(name, values.get(values.size() - 1));
                values.forEach(mq.withArray(name)::add);
            });
        }
        event.putObject("requestContext").put("requestId", "apigw-hostile").put("stage", "prod")
                .put("httpMethod", method);
        event.put("body", body).put("isBase64Encoded", base64);
        return bytes(event);
    }

    private static byte[] bytes(ObjectNode event) {
        try {
            return Json.mapper().writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String V2_HEAD = "{\"version\":\"2.0\",\"rawPath\":\"/items/1\",\"requestContext\":{\"http\":{\"method\":\"GET\"}}";
    private static final String V1_HEAD = "{\"httpMethod\":\"GET\",\"path\":\"/items/1\",\"requestContext\":{}";

    /** Events that are JSON but not API events, or API events with fields of the wrong type. */
    private void shapes() {
        for (String notAnObject : List.of("[]", "[1,2,3]", "42", "-1.5e308", "null", "true", "\"event\"", "", "   ",
                "[{\"version\":\"2.0\"}]")) {
            add("not an object: " + notAnObject, notAnObject, 400);
        }
        add("empty object", "{}", 400);
        add("version only", "{\"version\":\"2.0\"}", 400);
        add("v2 without requestContext", "{\"version\":\"2.0\",\"rawPath\":\"/items/1\"}", 400);
        for (String context : List.of("null", "[]", "\"ctx\"", "7", "{\"http\":null}", "{\"http\":[]}", "{\"http\":{}}")) {
            add("v2 requestContext " + context, "{\"version\":\"2.0\",\"rawPath\":\"/items/1\",\"requestContext\":"
                    + context + "}", 400);
        }
        for (String method : List.of("7", "[\"GET\"]", "{}", "null", "\"\"", "\"GET /x\"", "\"GE\\nT\"",
                "\"" + "G".repeat(40) + "\"")) {
            add("v2 method " + method, "{\"version\":\"2.0\",\"rawPath\":\"/items/1\",\"requestContext\":{\"http\":{\"method\":"
                    + method + "}}}", 400);
            add("v1 httpMethod " + method, "{\"httpMethod\":" + method + ",\"path\":\"/items/1\"}", 400);
        }
        for (String path : List.of("7", "null", "[\"/items\"]", "\"\"", "\"items/1\"")) {
            add("v1 path " + path, "{\"httpMethod\":\"GET\",\"path\":" + path + "}", 400);
            add("v2 rawPath " + path, "{\"version\":\"2.0\",\"rawPath\":" + path
                    + ",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}", 400);
        }
        for (String map : List.of("[]", "[\"a\"]", "\"x-a: b\"", "1", "true")) {
            add("v2 headers " + map, V2_HEAD + ",\"headers\":" + map + "}", 400);
            add("v1 headers " + map, V1_HEAD + ",\"headers\":" + map + "}", 400);
            add("v1 multiValueHeaders " + map, V1_HEAD + ",\"multiValueHeaders\":" + map + "}", 400);
            add("v1 queryStringParameters " + map, V1_HEAD + ",\"queryStringParameters\":" + map + "}", 400);
            add("v1 multiValueQueryStringParameters " + map, V1_HEAD + ",\"multiValueQueryStringParameters\":" + map + "}",
                    400);
        }
        // Odd but readable: the multi-value map is the one API Gateway means, as documented.
        add("v1 multiValueHeaders disagreeing with headers", V1_HEAD
                + ",\"headers\":{\"x-correlation-id\":\"a\"},\"multiValueHeaders\":{\"x-correlation-id\":[\"b\",\"c\"]}}", 200);
        add("v1 multiValueHeaders with single values", V1_HEAD + ",\"multiValueHeaders\":{\"accept\":\"*/*\"}}", 200);
        add("v1 multiValueHeaders with null and object values", V1_HEAD
                + ",\"multiValueHeaders\":{\"a\":null,\"b\":{\"c\":1}}}", 200);
        for (String body : List.of("12", "1e400", "{\"name\":\"a\"}", "[1]", "true")) {
            add("v2 body " + body, V2_HEAD + ",\"body\":" + body + "}", 400);
            add("v1 body " + body, V1_HEAD + ",\"body\":" + body + "}", 400);
        }
        for (String flag : List.of("\"yes\"", "\"no\"", "\"TRUE\"", "2", "-1", "{}", "[]", "1.0")) {
            add("isBase64Encoded " + flag, V2_HEAD + ",\"body\":\"e30=\",\"isBase64Encoded\":" + flag + "}", 400);
        }
        for (String cookies : List.of("\"a=b\"", "{\"a\":\"b\"}", "3")) {
            add("v2 cookies " + cookies, V2_HEAD + ",\"cookies\":" + cookies + "}", 400);
        }
        for (String query : List.of("7", "{\"a\":\"b\"}", "[\"a=b\"]")) {
            add("v2 rawQueryString " + query, V2_HEAD + ",\"rawQueryString\":" + query + "}", 400);
        }
    }

    /** Truncated and otherwise invalid JSON. */
    private void brokenJson() {
        byte[] v2 = v2("GET", "/items/1", "a=1", Map.of("accept", "*/*"), null, false);
        byte[] v1 = v1("GET", "/items/1", Map.of("a", List.of("1")), Map.of("accept", "*/*"), null, false);
        for (byte[] whole : List.of(v2, v1)) {
            String format = whole == v2 ? "v2" : "v1";
            for (int tenth = 1; tenth < 10; tenth++) {
                add(format + " truncated at " + tenth + "/10", java.util.Arrays.copyOf(whole, whole.length * tenth / 10),
                        400);
            }
            add(format + " truncated by one byte", java.util.Arrays.copyOf(whole, whole.length - 1), 400);
        }
        String v2Text = new String(v2, StandardCharsets.UTF_8);
        add("trailing comma", v2Text.substring(0, v2Text.length() - 1) + ",}", 400);
        add("two events in one", v2Text + v2Text, 400);
        add("an event then text", v2Text + " and more", 400);
        add("single quotes", "{'version':'2.0'}", 400);
        add("unquoted name", "{version:\"2.0\"}", 400);
        add("a comment", "{/* hi */\"version\":\"2.0\"}", 400);
        add("NaN in an unused field", V2_HEAD + ",\"n\":NaN}", 400);
        add("a leading zero", V2_HEAD + ",\"n\":01}", 400);
        add("a raw control character in a string", V2_HEAD + ",\"x\":\"a\u0001b\"}", 400);
        add("an invalid escape", V2_HEAD + ",\"x\":\"a\\xb\"}", 400);
        add("a missing colon", "{\"version\" \"2.0\"}", 400);
        add("100,000-deep array as the event", "[".repeat(100_000) + "]".repeat(100_000), 400);
        add("100,000-deep array in an unused field", V2_HEAD + ",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                400);
        add("2,000-deep authorizer", "{\"version\":\"2.0\",\"rawPath\":\"/items/1\",\"requestContext\":{\"http\":"
                + "{\"method\":\"GET\"},\"authorizer\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}}", 400);
        add("a 10^6-digit number in an unused field", V2_HEAD + ",\"n\":" + "9".repeat(1_000_000) + "}", 400);
        add("a 10^6-digit number as rawPath", "{\"version\":\"2.0\",\"rawPath\":" + "9".repeat(1_000_000)
                + ",\"requestContext\":{\"http\":{\"method\":\"GET\"}}}", 400);
        // Readable: an unused field, however large, is skipped.
        add("a 5 MB string in an unused field", V2_HEAD + ",\"x\":\"" + "x".repeat(5_000_000) + "\"}", 200);
        add("repeated version keys", "{\"version\":\"1.0\",\"version\":\"2.0\",\"rawPath\":\"/items/1\","
                + "\"requestContext\":{\"http\":{\"method\":\"GET\"}}}", 200);
    }

    /** Events whose bytes are not UTF-8. */
    private void invalidUtf8() {
        int[][] sequences = {{0xFF}, {0xC3, 0x28}, {0xC0, 0xAF}, {0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
                {0xE2, 0x82}, {0xFE, 0xFE}, {0xF4, 0x90, 0x80, 0x80}};
        for (int[] sequence : sequences) {
            StringBuilder name = new StringBuilder();
            ByteArrayOutputStream bad = new ByteArrayOutputStream();
            for (int b : sequence) {
                bad.write(b);
                name.append(String.format("%02X ", b));
            }
            for (String where : List.of("rawPath", "a header", "the body")) {
                ByteArrayOutputStream event = new ByteArrayOutputStream();
                String before = switch (where) {
                    case "rawPath" -> "{\"version\":\"2.0\",\"requestContext\":{\"http\":{\"method\":\"GET\"}},\"rawPath\":\"/items/";
                    case "a header" -> V2_HEAD + ",\"headers\":{\"x-a\":\"";
                    default -> V2_HEAD + ",\"body\":\"";
                };
                event.writeBytes(before.getBytes(StandardCharsets.UTF_8));
                event.writeBytes(bad.toByteArray());
                event.writeBytes((where.equals("a header") ? "\"}}" : "\"}").getBytes(StandardCharsets.UTF_8));
                add("invalid UTF-8 " + name.toString().trim() + " in " + where, event.toByteArray(), 400);
            }
        }
    }

    /** Bodies marked base64 that are not. */
    private void invalidBase64() {
        for (String body : List.of("%%%not base64", "a", "abcde", "ab=c", "YQ=x", "====a", "\u00e9t\u00e9")) {
            add("invalid base64 v2 " + body, v2("POST", "/items", "", Map.of("content-type", "application/json"), body, true),
                    400);
            add("invalid base64 v1 " + body, v1("POST", "/items", Map.of(), Map.of("content-type", "application/json"), body,
                    true), 400);
        }
    }

    /** Requests past the limits: 431 headers, 414 URL and query parameters, 413 bodies. */
    private void limits() {
        String megabyte = "h".repeat(1024 * 1024);
        add("a 1 MB header v2", v2("GET", "/items/1", "", Map.of("x-big", megabyte), null, false), 431);
        add("a 1 MB header v1", v1("GET", "/items/1", Map.of(), Map.of("x-big", megabyte), null, false), 431);
        add("a 1 MB header Function URL", url("GET", "/items/1", "", Map.of("x-big", megabyte), null, false), 431);
        add("a 1 MB cookie v2", ("{\"version\":\"2.0\",\"rawPath\":\"/items/1\",\"cookies\":[\"a=" + megabyte
                + "\"],\"requestContext\":{\"http\":{\"method\":\"GET\"}}}"), 431);
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("x-h" + i, "v");
        }
        add("101 headers v2", v2("GET", "/items/1", "", many, null, false), 431);
        add("101 headers v1", v1("GET", "/items/1", Map.of(), many, null, false), 431);
        many.remove("x-h100");
        add("100 headers v2", v2("GET", "/items/1", "", many, null, false), 200);
        add("a 1 MB header in multiValueHeaders v1", V1_HEAD + ",\"multiValueHeaders\":{\"x-big\":[\"a\",\""
                + megabyte + "\"]}}", 431);

        add("a 9,000-character path v2", v2("GET", "/items/" + "1".repeat(9000), "", Map.of(), null, false), 414);
        add("a 9,000-character path v1", v1("GET", "/items/" + "1".repeat(9000), Map.of(), Map.of(), null, false), 414);
        add("a 9,000-character query v2", v2("GET", "/items", "q=" + "x".repeat(9000), Map.of(), null, false), 414);
        add("a 9,000-character query v1", v1("GET", "/items", Map.of("q", List.of("x".repeat(9000))), Map.of(), null,
                false), 414);
        add("1,001 query parameters v2", v2("GET", "/items", "t=1&".repeat(1001), Map.of(), null, false), 414);
        add("1,001 values of one query key v1", v1("GET", "/items", Map.of("t", java.util.Collections.nCopies(1001, "1")),
                Map.of(), null, false), 414);
        add("1,000 query parameters v2", v2("GET", "/items", "t=1&".repeat(1000), Map.of(), null, false), 200);
        add("100,000 query keys v2", v2("GET", "/items", "k&".repeat(100_000), Map.of(), null, false), 414);
        add("500 repeated tag keys v2", v2("GET", "/items", "tag=1&".repeat(500), Map.of(), null, false), 200);
        add("a repeated key that does not convert", v2("GET", "/items", "tag=1&tag=x", Map.of(), null, false), 422);

        String json = "{\"name\":\"" + "n".repeat(BODY_LIMIT) + "\",\"age\":1}";
        Map<String, String> jsonType = Map.of("content-type", "application/json");
        add("a text body over the limit v2", v2("POST", "/items", "", jsonType, json, false), 413);
        add("a text body over the limit v1", v1("POST", "/items", Map.of(), jsonType, json, false), 413);
        add("a base64 body over the limit once decoded", url("POST", "/items", "", jsonType,
                Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)), true), 413);
        add("a body of multi-byte characters over the limit in UTF-8", v2("POST", "/items", "", jsonType,
                "{\"name\":\"" + "\u00e9".repeat(BODY_LIMIT / 2) + "\",\"age\":1}", false), 413);
        String atLimit = "{\"name\":\"" + "n".repeat(BODY_LIMIT - 20) + "\",\"age\":1}";
        atLimit = atLimit + " ".repeat(BODY_LIMIT - atLimit.length());
        add("a base64 body exactly at the limit", v2("POST", "/items", "", jsonType,
                Base64.getMimeEncoder().encodeToString(atLimit.getBytes(StandardCharsets.UTF_8)), true), 201);
    }

    /** Encoded slashes, dot segments and broken escapes: routed literally, never resolved. */
    private void paths() {
        Map<String, Integer> paths = new LinkedHashMap<>();
        paths.put("/items/%2F..%2F..%2Fetc%2Fpasswd", 422);
        paths.put("/items/..", 422);
        paths.put("/items/%2e%2e", 422);
        paths.put("/items/../items/1", 404);
        paths.put("/../items", 404);
        paths.put("/%2e%2e/%2e%2e/etc/passwd", 404);
        paths.put("/items/1%2F2", 422);
        paths.put("/items%2F1", 404);
        paths.put("/items/%", 404);
        paths.put("/items/%zz", 404);
        paths.put("/items/%00", 422);
        paths.put("/items/%C0%AF", 422);
        paths.put("//items", 404);
        paths.put("/items//1", 404);
        paths.put("/items/1;jsessionid=x", 422);
        paths.put("/items/\u0000", 422);
        for (Map.Entry<String, Integer> path : paths.entrySet()) {
            add("v2 path " + path.getKey(), v2("GET", path.getKey(), "", Map.of(), null, false), path.getValue());
        }
        // REST APIs hand the path over decoded: what was %2F is a slash by then.
        add("v1 path /items/../1", v1("GET", "/items/../1", Map.of(), Map.of(), null, false), 404);
        add("v1 path /items/..", v1("GET", "/items/..", Map.of(), Map.of(), null, false), 422);
        add("v1 path /items/% ", v1("GET", "/items/% ", Map.of(), Map.of(), null, false), 404);
        add("v1 path with a NUL", v1("GET", "/items/\u0000", Map.of(), Map.of(), null, false), 422);
        add("wrong method on a path", v2("DELETE", "/items/1", "", Map.of(), null, false), 405);
        add("a failing operation", v2("GET", "/items/13", "", Map.of(), null, false), 500);
        add("an operation's 404", v2("GET", "/items/0", "", Map.of(), null, false), 404);
    }

    /** The JSON bodies that broke the sample, through a generated-style body reader, in every format. */
    private void bodies() {
        Map<String, Integer> bodies = new LinkedHashMap<>();
        bodies.put("null", 422);
        bodies.put("", 422);
        bodies.put("   ", 422);
        bodies.put("{\"name\":\"a\"", 422);
        bodies.put("{\"name\":\"a\",\"age\":1", 422);
        // Python's int() refuses more than 4,300 digits with a ValueError, which FastAPI answers 400.
        bodies.put("{\"name\":\"a\",\"age\":" + "9".repeat(1_000_000) + "}", 400);
        // Python's json.loads runs out of recursion (a RecursionError, not a JSONDecodeError): FastAPI's 400.
        bodies.put("[".repeat(100_000) + "]".repeat(100_000), 400);
        bodies.put("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), 400);
        bodies.put("{\"name\":\"a\",\"name\":\"b\",\"age\":1}", 201);
        bodies.put("{\"name\":\"a\",\"age\":1,\"unknown\":{\"x\":[1,2]}}", 201);
        bodies.put("{\"name\":\"a\",\"age\":null}", 422);
        bodies.put("{\"name\":null,\"age\":1}", 422);
        bodies.put("{\"name\":\"a\",\"age\":1099511627776}", 422);
        bodies.put("{\"name\":\"a\",\"age\":99999999999999999999999}", 422);
        bodies.put("{\"name\":\"a\",\"age\":\"12\"}", 201);
        bodies.put("{\"name\":\"a\",\"age\":1.5}", 422);
        bodies.put("[]", 422);
        bodies.put("\"a string\"", 422);
        bodies.put("{\"name\":\"a\",\"age\":1} extra", 422);
        bodies.put("{\"name\":\"a\",\"age\":NaN}", 422);
        bodies.put("{\"name\":\"a\",\"age\":1,}", 422);
        bodies.put("{\"name\":\"\\ud800\",\"age\":1}", 201);
        bodies.put("{\"name\":\"" + "x".repeat(60_000) + "\",\"age\":1}", 201);
        int index = 0;
        for (Map.Entry<String, Integer> body : bodies.entrySet()) {
            String label = "body " + (index++) + " " + (body.getKey().length() > 40
                    ? body.getKey().substring(0, 40) + "... (" + body.getKey().length() + " chars)" : body.getKey());
            Map<String, String> jsonType = Map.of("content-type", "application/json");
            add("v2 " + label, v2("POST", "/items", "", jsonType, body.getKey(), false), body.getValue());
            add("v1 " + label, v1("POST", "/items", Map.of(), jsonType, body.getKey(), false), body.getValue());
            add("Function URL base64 " + label, url("POST", "/items", "", jsonType,
                    Base64.getEncoder().encodeToString(body.getKey().getBytes(StandardCharsets.UTF_8)), true), body.getValue());
        }
        Map<String, String> jsonType = Map.of("content-type", "application/json");
        // json.loads decodes bytes with 'surrogatepass': an encoded surrogate is read, and this
        // truncated body is then a JSONDecodeError (422); other invalid UTF-8 is FastAPI's 400.
        for (int[] invalid : new int[][] {{0xFF}, {0xC3, 0x28}, {0xED, 0xA0, 0x80}}) {
            byte[] bytes = new byte[invalid.length + 10];
            byte[] head = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, bytes, 0, head.length);
            for (int i = 0; i < invalid.length; i++) {
                bytes[head.length + i] = (byte) invalid[i];
            }
            bytes[head.length + invalid.length] = '"';
            String encoded = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, head.length + invalid.length + 1));
            add("a body that is not UTF-8 " + invalid[0], url("POST", "/items", "", jsonType, encoded, true),
                    invalid[0] == 0xED ? 422 : 400);
        }
        add("a JSON body as text/plain", v2("POST", "/items", "", Map.of("content-type", "text/plain"),
                "{\"name\":\"a\",\"age\":1}", false), 415);
        // The body is the event's: what the caller's framing headers claim changes nothing.
        String pet = "{\"name\":\"a\",\"age\":1}";
        for (Map<String, String> framing : List.of(
                Map.of("content-type", "application/json", "content-length", "99999999999999999999999"),
                Map.of("content-type", "application/json", "content-length", "-5"),
                Map.of("content-type", "application/json", "transfer-encoding", "chunked"),
                Map.of("content-type", "application/json; charset=utf-8"),
                Map.of("content-type", "application/json", "content-encoding", "gzip"))) {
            add("v2 framing headers " + framing, v2("POST", "/items", "", framing, pet, false), 201);
            add("v1 framing headers " + framing, v1("POST", "/items", Map.of(), framing, pet, false), 201);
        }
    }
}
