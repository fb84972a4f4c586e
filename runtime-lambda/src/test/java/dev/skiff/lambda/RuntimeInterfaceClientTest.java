package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.skiff.core.Json;
import dev.skiff.test.LambdaTestContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real AWS Lambda Runtime Interface Client, in a child JVM, runs the handler against a
 * Runtime API stand-in on loopback: proof that the handler works inside the actual runtime loop.
 */
class RuntimeInterfaceClientTest {
    private static final String API = "/2018-06-01/runtime";

    private HttpServer runtimeApi;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private Process lambda;
    private final BlockingQueue<byte[]> events = new LinkedBlockingQueue<>();
    private final Map<String, String> responses = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    private final CountDownLatch answered = new CountDownLatch(2);

    @BeforeEach
    void startRuntimeApi() throws IOException {
        runtimeApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        runtimeApi.createContext(API + "/invocation/", this::invocation);
        runtimeApi.createContext(API + "/init/error", exchange -> {
            errors.put("init", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(exchange, 202, "{}");
            answered.countDown();
            answered.countDown();
        });
        runtimeApi.setExecutor(threads);
        runtimeApi.start();
    }

    @AfterEach
    void stop() {
        if (lambda != null) {
            lambda.destroyForcibly();
        }
        runtimeApi.stop(0);
        // Releases the stand-in's thread still parked in /next, waiting for a third event.
        threads.shutdownNow();
    }

    private int requests;

    private void invocation(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/next")) {
            byte[] event;
            try {
                // Blocks, as the real API does, until there is an event; the child is killed after.
                event = events.take();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
            String id = "ric-req-" + (++requests);
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", id);
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", LambdaTestContext.ARN);
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                    "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0");
            exchange.getResponseHeaders().add("Lambda-Runtime-Client-Context", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Cognito-Identity", "");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, event.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(event);
            }
            return;
        }
        String[] parts = path.substring((API + "/invocation/").length()).split("/");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        (parts[1].equals("response") ? responses : errors).put(parts[0], body);
        reply(exchange, 202, "{\"status\":\"OK\"}");
        answered.countDown();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = RuntimeInterfaceClientTest.class.getResourceAsStream("/events/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void realRuntimeClient_drivesTheHandler_forPayload2AndPayload1Events(@TempDir Path dir) throws Exception {
        events.add(fixture("v2-get-item.json"));
        events.add(fixture("v1-rest-stage-list.json"));
        Path stdout = dir.resolve("stdout.txt");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                RicItemsHandler.class.getName() + "::handleRequest")
                .redirectErrorStream(true)
                .redirectOutput(stdout.toFile());
        builder.environment().putAll(Map.of(
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + runtimeApi.getAddress().getPort(),
                "AWS_LAMBDA_FUNCTION_NAME", "items-api",
                "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512",
                "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/items-api",
                "AWS_LAMBDA_LOG_STREAM_NAME", "stream",
                "POWERTOOLS_SERVICE_NAME", "items",
                "POWERTOOLS_METRICS_NAMESPACE", "Skiff/Ric"));
        lambda = builder.start();

        // A safety net for a broken runtime only; nothing asserted depends on how long it takes.
        boolean done = answered.await(120, TimeUnit.SECONDS);

        String output = Files.readString(stdout);
        assertThat(done).as("runtime answered both events; child output:\n" + output).isTrue();
        assertThat(errors).as("child output:\n" + output).isEmpty();
        JsonNode v2 = Json.mapper().readTree(responses.get("ric-req-1"));
        assertThat(v2).isEqualTo(Json.mapper().readTree("""
                {"statusCode":200,
                 "headers":{"content-type":"application/json","x-correlation-id":"JKJaXmPLvHcESHA="},
                 "body":"{\\"id\\":42,\\"name\\":\\"Item 42\\"}",
                 "isBase64Encoded":false}
                """));
        JsonNode v1 = Json.mapper().readTree(responses.get("ric-req-2"));
        assertThat(v1.get("statusCode").asInt()).isEqualTo(200);
        assertThat(v1.get("multiValueHeaders").isObject()).isTrue();
        assertThat(v1.get("body").asText()).isEqualTo("{\"tag\":[\"red\",\"big box\"],\"q\":\"pen\"}");

        List<JsonNode> logLines = output.lines().filter(line -> line.startsWith("{\"level\""))
                .map(line -> {
                    try {
                        return Json.mapper().readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError(line, e);
                    }
                }).toList();
        assertThat(logLines).anySatisfy(line -> {
            assertThat(line.get("message").asText()).isEqualTo("Fetching item");
            assertThat(line.get("function_request_id").asText()).isEqualTo("ric-req-1");
            assertThat(line.get("function_name").asText()).isEqualTo("items-api");
            assertThat(line.get("cold_start").asBoolean()).isTrue();
            assertThat(line.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
            assertThat(line.get("correlation_id").asText()).isEqualTo("JKJaXmPLvHcESHA=");
        });
        assertThat(output).contains("\"CloudWatchMetrics\":[{\"Namespace\":\"Skiff/Ric\"");
    }
}
