package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.runtime.RuntimeApiStandIn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployment directory {@code mvn package} writes ({@code target/lambda}), started as Lambda
 * starts it — the {@code bootstrap} of a custom runtime, and the exec wrapper given a managed Java
 * runtime's command line — as a real child process against a Runtime API stand-in. A whole and a
 * streamed operation of the sample are answered; the JSON logs and EMF are read back from stdout.
 */
class ItemsLambdaPackageIT {
    private static final Path PACKAGE = Path.of("target", "lambda").toAbsolutePath();
    private static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";
    /** What Lambda sets for every function, on each path. */
    private static final Map<String, String> FUNCTION_ENVIRONMENT = Map.of("AWS_LAMBDA_FUNCTION_NAME", "items-api",
            "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand", "POWERTOOLS_SERVICE_NAME", "items",
            "POWERTOOLS_METRICS_NAMESPACE", "Skiff/Items");
    private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";

    @Test
    void theBootstrap_servesAWholeAndAStreamedOperation_withLogsAndMetricsOnStdout() throws Exception {
        assertThat(Files.isExecutable(PACKAGE.resolve("bootstrap"))).isTrue();
        servesTheSample(List.of(PACKAGE.resolve("bootstrap").toString()), "bootstrap");
    }

    @Test
    void theExecWrapper_replacesTheManagedRuntimesClient_keepingItsJvmOptions() throws Exception {
        assertThat(Files.isExecutable(PACKAGE.resolve("skiff-exec-wrapper"))).isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // What the java21 runtime passes a wrapper: its java, its options, its class path and client.
        servesTheSample(List.of(PACKAGE.resolve("skiff-exec-wrapper").toString(), java, "-XX:+UseSerialGC",
                "-Xshare:on", "-Dskiff.test.kept=yes", "-classpath", "/var/runtime/lib/aws-lambda-java-core.jar",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER), "wrapper");
    }

    private List<String> servesTheSample(List<String> command, String how) throws Exception {
        try (RuntimeApiStandIn api = RuntimeApiStandIn.start()) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            Map<String, String> env = builder.environment();
            env.put("AWS_LAMBDA_RUNTIME_API", api.address());
            env.put("_HANDLER", HANDLER);
            env.put("LAMBDA_TASK_ROOT", PACKAGE.toString());
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.putAll(FUNCTION_ENVIRONMENT);
            api.enqueue(RuntimeApiStandIn.Event.of("create-1", event("POST", "/items", "{\"name\":\"Anchor\",\"price\":12.5}"))
                    .withTrace(TRACE));
            api.enqueue(RuntimeApiStandIn.Event.of("create-2", event("POST", "/items", "{\"name\":\"Buoy\",\"price\":3}"))
                    .withTrace(TRACE));
            api.enqueue(RuntimeApiStandIn.Event.of("stream-1", event("GET", "/items/stream", null)).withTrace(TRACE));
            Process lambda = builder.start();
            List<String> stdout = new CopyOnWriteArrayList<>();
            Thread reader = drain(lambda.getInputStream(), stdout);
            StringBuilder stderr = new StringBuilder();
            Thread errors = drain(lambda.getErrorStream(), stderr);
            try {
                JsonNode created = Json.mapper().readTree(api.posted("create-1").awaitEnd().body());
                assertThat(created.get("statusCode").asInt()).as(how + "; stderr: %s", stderr).isEqualTo(201);
                api.posted("create-2").awaitEnd();

                RuntimeApiStandIn.Posted stream = api.posted("stream-1").awaitEnd();
                assertThat(stream.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
                List<byte[]> chunks = stream.chunks();
                assertThat(chunks).hasSize(3);
                byte[] prelude = chunks.get(0);
                JsonNode metadata = Json.mapper().readTree(Arrays.copyOf(prelude, prelude.length - 8));
                assertThat(metadata.get("statusCode").asInt()).isEqualTo(200);
                assertThat(metadata.get("headers").get("content-type").asText()).isEqualTo("application/jsonl");
                assertThat(Json.mapper().readTree(chunks.get(1)).get("name").asText()).isEqualTo("Anchor");
                assertThat(Json.mapper().readTree(chunks.get(2)).get("name").asText()).isEqualTo("Buoy");

                List<JsonNode> lines = awaitAccessLines(stdout, 3);
                JsonNode streamed = lines.stream().filter(l -> "stream-1".equals(requestId(l))
                        && l.has("route")).findFirst().orElseThrow();
                assertThat(streamed.get("stream").asText()).isEqualTo("completed");
                assertThat(streamed.get("route").asText()).isEqualTo("GET /items/stream");
                assertThat(streamed.get("service").asText()).isEqualTo("items");
                assertThat(streamed.get("function_name").asText()).isEqualTo("items-api");
                assertThat(streamed.get("correlation_id").asText()).isNotBlank();
                JsonNode first = lines.stream().filter(l -> "create-1".equals(requestId(l)))
                        .findFirst().orElseThrow();
                assertThat(first.get("cold_start").asBoolean()).isTrue();
                assertThat(streamed.get("cold_start").asBoolean()).isFalse();

                List<JsonNode> emf = awaitMetrics(stdout, 3);
                assertThat(emf).anySatisfy(d -> {
                    assertThat(requestId(d)).isEqualTo("stream-1");
                    assertThat(d.get("route").asText()).isEqualTo("GET /items/stream");
                    assertThat(d.get("Success").asDouble()).isEqualTo(1.0);
                    assertThat(d.get("_aws").get("CloudWatchMetrics").get(0).get("Namespace").asText())
                            .isEqualTo("Skiff/Items");
                });
                assertThat(emf.stream().filter(d -> d.has("ColdStart"))).hasSize(1);
                // Lambda's stdout is the log: every line of it is a JSON document.
                assertThat(stdout).allSatisfy(line -> assertThat(line).startsWith("{"));
                return List.copyOf(stdout);
            } finally {
                lambda.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                reader.join(5_000);
                errors.join(5_000);
            }
        }
    }

    @Test
    void theWebAdapterPath_logsMeasuresAndNamesLikeTheRuntimeLoop() throws Exception {
        List<JsonNode> loop = parsed(servesTheSample(List.of(PACKAGE.resolve("bootstrap").toString()), "bootstrap"));
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // What the Web Adapter's run.sh starts: the application's own server, inside the function.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", PACKAGE.resolve("lib") + "/*", "dev.skiff.samples.items.ItemsApplication");
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.putAll(FUNCTION_ENVIRONMENT);
        Process server = builder.start();
        List<String> stdout = new CopyOnWriteArrayList<>();
        Thread reader = drain(server.getInputStream(), stdout);
        StringBuilder stderr = new StringBuilder();
        Thread errors = drain(server.getErrorStream(), stderr);
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + port);
            awaitServing(http, base, stderr);
            Map<String, String> answeredIds = new java.util.HashMap<>();
            for (String[] call : new String[][] {{"wa-1", "POST", "/items", "{\"name\":\"Anchor\",\"price\":12.5}"},
                    {"wa-2", "POST", "/items", "{\"name\":\"Buoy\",\"price\":3}"}, {"wa-3", "GET", "/items/stream", null}}) {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(base.resolve(call[2]))
                        .header("x-amzn-lambda-context", "{\"request_id\":\"" + call[0] + "\",\"deadline\":"
                                + (System.currentTimeMillis() + 60_000) + ",\"invoked_function_arn\":"
                                + "\"arn:aws:lambda:eu-west-1:123456789012:function:items-api\",\"xray_trace_id\":\""
                                + TRACE + "\","
                                + "\"env_config\":{\"function_name\":\"items-api\",\"memory\":512,"
                                + "\"version\":\"$LATEST\",\"log_group\":\"/aws/lambda/items-api\","
                                + "\"log_stream\":\"stream-1\"}}")
                        .header("x-amzn-request-context", "{\"requestId\":\"apigw-" + call[0] + "\"}")
                        .header("content-type", "application/json");
                request = call[3] == null ? request.GET() : request.POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(call[3]));
                java.net.http.HttpResponse<String> response = http.send(request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isIn(200, 201);
                answeredIds.put(call[0], response.headers().firstValue("x-correlation-id").orElseThrow());
            }
            List<JsonNode> adapter = awaitAccessLines(stdout, 3);
            // The id the client got back is the one the invocation's lines carry.
            answeredIds.forEach((requestId, correlationId) -> assertThat(accessLine(adapter, requestId)
                    .get("correlation_id").asText()).isEqualTo(correlationId));
            // As on the Lambda handler, API Gateway's request id is the correlation id when none is sent.
            assertThat(answeredIds).containsEntry("wa-1", "apigw-wa-1");
            for (String[] pair : new String[][] {{"create-1", "wa-1"}, {"stream-1", "wa-3"}}) {
                JsonNode viaLoop = accessLine(loop, pair[0]);
                JsonNode viaAdapter = accessLine(adapter, pair[1]);
                assertThat(fieldNames(viaAdapter)).as("keys of %s", pair[1]).isEqualTo(fieldNames(viaLoop));
                for (String same : List.of("message", "level", "service", "cold_start", "function_name", "function_arn",
                        "function_memory_size", "route", "status", "stream")) {
                    assertThat(String.valueOf(viaAdapter.get(same)).replaceAll("[0-9.]+ ms", "ms"))
                            .as("%s of %s", same, pair[1])
                            .isEqualTo(String.valueOf(viaLoop.get(same)).replaceAll("[0-9.]+ ms", "ms"));
                }
            }
            List<JsonNode> emf = awaitMetrics(stdout, 3);
            assertThat(emf).anySatisfy(d -> {
                assertThat(requestId(d)).isEqualTo("wa-3");
                assertThat(d.get("route").asText()).isEqualTo("GET /items/stream");
                assertThat(d.get("Success").asDouble()).isEqualTo(1.0);
            });
            assertThat(emf.stream().filter(d -> d.has("ColdStart"))).hasSize(1);
            // One access line per invocation: the local server's own is written only for requests that
            // are no invocation (the adapter's readiness check, here the probe for /openapi.json).
            assertThat(stdout).allSatisfy(line -> assertThat(line).startsWith("{"));
            assertThat(stdout).filteredOn(line -> line.contains("correlation_id=")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("GET /openapi.json"));
        } finally {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
            errors.join(5_000);
        }
    }

    private static void awaitServing(java.net.http.HttpClient http, java.net.URI base, StringBuilder stderr)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/openapi.json")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the server did not start; stderr: " + stderr);
    }

    private static JsonNode accessLine(List<JsonNode> lines, String requestId) {
        return lines.stream().filter(l -> requestId.equals(requestId(l)) && l.has("route")).findFirst()
                .orElseThrow(() -> new AssertionError("no access line of " + requestId + " in " + lines));
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static byte[] event(String method, String path, String body) {
        String json = "{\"version\":\"2.0\",\"rawPath\":\"" + path + "\",\"headers\":{\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"" + method + "\",\"path\":\"" + path + "\"},"
                + "\"requestId\":\"apigw-" + path.length() + "\"},"
                + (body == null ? "" : "\"body\":" + quoted(body) + ",") + "\"isBase64Encoded\":false}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String requestId(JsonNode line) {
        return line.has("function_request_id") ? line.get("function_request_id").asText() : null;
    }

    private static String quoted(String text) {
        try {
            return Json.mapper().writeValueAsString(text);
        } catch (IOException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static List<JsonNode> awaitAccessLines(List<String> stdout, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<JsonNode> lines = parsed(stdout).stream().filter(l -> l.has("level")).toList();
            if (lines.stream().filter(l -> l.has("route")).count() >= count) {
                return lines;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " access lines in " + stdout);
    }

    /** The EMF documents, once {@code count} invocations' ones are out (they follow the access line). */
    private static List<JsonNode> awaitMetrics(List<String> stdout, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<JsonNode> emf = parsed(stdout).stream().filter(l -> l.has("_aws")).toList();
            if (emf.stream().filter(d -> requestId(d) != null).count() >= count) {
                return emf;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " metric documents in " + stdout);
    }

    private static List<JsonNode> parsed(List<String> stdout) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout) {
            try {
                nodes.add(Json.mapper().readTree(line));
            } catch (IOException notJson) {
                throw new AssertionError("a stdout line is not JSON: " + line, notJson);
            }
        }
        return nodes;
    }

    private static Thread drain(InputStream in, List<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // The process ended.
            }
        });
        thread.start();
        return thread;
    }

    private static Thread drain(InputStream in, StringBuilder text) {
        Thread thread = new Thread(() -> {
            try {
                byte[] all = in.readAllBytes();
                synchronized (text) {
                    text.append(new String(all, StandardCharsets.UTF_8));
                }
            } catch (IOException closed) {
                // The process ended.
            }
        });
        thread.start();
        return thread;
    }
}
