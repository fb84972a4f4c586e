package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.ObservabilityTest;
import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.TestApi;
import dev.skiff.lambda.observability.Backends;
import dev.skiff.lambda.spi.Invocation;
import dev.skiff.lambda.spi.InvocationMetrics;
import dev.skiff.lambda.spi.ObservabilityBackend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Skiff's runtime loop against a Runtime API stand-in that checks the protocol byte for byte, as
 * AWS documents it: the {@code next} headers read into the context, whole responses, streamed
 * responses (headers, prelude, the eight NUL bytes, chunk boundaries, trailers), invocation and
 * init errors, and a deadline already past.
 */
class RuntimeLoopProtocolTest {
    private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";

    private RuntimeApiStandIn api;
    private RuntimeLoopTestSupport.Running loop;

    @BeforeEach
    void start() throws IOException {
        api = RuntimeApiStandIn.start();
        loop = RuntimeLoopTestSupport.start(api, 1, true, Map.of());
    }

    @AfterEach
    void stop() throws IOException {
        loop.close();
        api.close();
        System.clearProperty(LambdaRuntime.TRACE_HEADER_PROPERTY);
    }

    private static byte[] get(String path) {
        return ("{\"version\":\"2.0\",\"rawPath\":\"" + path + "\",\"headers\":{\"x-correlation-id\":\"corr-" + path.length()
                + "\"},\"requestContext\":{\"http\":{\"method\":\"GET\"},\"requestId\":\"apigw-1\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeResponse_isOnePostWithALength_andTheContextComesFromTheNextHeaders() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-whole", ObservabilityTest.getItem("42", "corr-42")).withTrace(TRACE));

        RuntimeApiStandIn.Posted posted = api.posted("req-whole").awaitEnd();

        assertThat(posted.requestLine).isEqualTo("POST /2018-06-01/runtime/invocation/req-whole/response HTTP/1.1");
        assertThat(posted.header("Content-Length")).isEqualTo(Integer.toString(posted.body().length));
        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isNull();
        assertThat(posted.chunked()).isFalse();
        JsonNode response = Json.mapper().readTree(posted.body());
        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.get("body").asText()).get("name").asText()).isEqualTo("Item 42");
        assertThat(response.get("headers").get("x-correlation-id").asText()).isEqualTo("corr-42");

        JsonNode access = accessLine("req-whole");
        assertThat(access.get("function_arn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:items-api");
        assertThat(access.get("function_name").asText()).isEqualTo("items-api");
        assertThat(access.get("function_memory_size").asText()).isEqualTo("512");
        assertThat(access.get("xray_trace_id").asText()).isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
        assertThat(access.get("correlation_id").asText()).isEqualTo("corr-42");
        assertThat(access.get("status").asInt()).isEqualTo(200);
        assertThat(access.has("stream")).isFalse();
        // As AWS's Java client does with one invocation at a time.
        assertThat(System.getProperty(LambdaRuntime.TRACE_HEADER_PROPERTY)).isEqualTo(TRACE);
    }

    @Test
    void aStreamedOperation_sendsThePreludeThenEachLineAsItsOwnChunk_beforeTheLastExists() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        TestApi.gate = gate;
        api.enqueue(RuntimeApiStandIn.Event.of("req-stream", get("/stream/gated")));

        RuntimeApiStandIn.Posted posted = api.posted("req-stream");
        assertThat(posted.requestLine).isEqualTo("POST /2018-06-01/runtime/invocation/req-stream/response HTTP/1.1");
        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        assertThat(posted.header("Content-Type")).isEqualTo("application/vnd.awslambda.http-integration-response");
        assertThat(posted.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(posted.header("Trailer"))
                .isEqualTo("Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body");
        assertThat(posted.header("Content-Length")).isNull();

        byte[] prelude = posted.nextChunk();
        assertThat(Arrays.copyOfRange(prelude, prelude.length - 8, prelude.length)).containsOnly(0);
        JsonNode metadata = Json.mapper().readTree(Arrays.copyOf(prelude, prelude.length - 8));
        assertThat(metadata.get("statusCode").asInt()).isEqualTo(200);
        assertThat(metadata.get("headers").get("content-type").asText()).isEqualTo("application/jsonl");
        assertThat(metadata.get("headers").get("X-Stream").asText()).isEqualTo("gated");
        assertThat(metadata.get("headers").get("x-correlation-id").asText()).isEqualTo("corr-13");
        assertThat(metadata.get("headers").has("set-cookie")).isFalse();
        assertThat(metadata.get("cookies")).hasSize(1);
        assertThat(metadata.get("cookies").get(0).asText()).isEqualTo("seen=1");

        // The first line arrives while the operation is still held before producing the second.
        assertThat(new String(posted.nextChunk(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}\n");
        assertThat(gate.getCount()).isEqualTo(1);
        gate.countDown();
        posted.awaitEnd();

        assertThat(posted.chunks()).hasSize(4);
        assertThat(new String(posted.chunks().get(2), StandardCharsets.UTF_8)).isEqualTo("{\"id\":2}\n");
        assertThat(new String(posted.chunks().get(3), StandardCharsets.UTF_8)).isEqualTo("{\"id\":3}\n");
        assertThat(posted.trailers()).isEmpty();

        JsonNode access = accessLine("req-stream");
        assertThat(access.get("stream").asText()).isEqualTo("completed");
        assertThat(access.get("correlation_id").asText()).isEqualTo("corr-13");
        JsonNode emf = emfOf("req-stream");
        assertThat(emf.get("Success").asDouble()).isEqualTo(1.0);
        assertThat(emf.get("route").asText()).isEqualTo("GET /stream/gated");
    }

    @Test
    void serverSentEvents_streamOneEventPerChunk_theFirstBeforeTheLastIsProduced() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        TestApi.gate = gate;
        api.enqueue(RuntimeApiStandIn.Event.of("req-events", get("/events")));

        RuntimeApiStandIn.Posted posted = api.posted("req-events");
        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isEqualTo("streaming");
        byte[] prelude = posted.nextChunk();
        JsonNode metadata = Json.mapper().readTree(Arrays.copyOf(prelude, prelude.length - 8));
        assertThat(metadata.get("statusCode").asInt()).isEqualTo(200);
        assertThat(metadata.get("headers").get("content-type").asText()).isEqualTo("text/event-stream");
        assertThat(metadata.get("headers").get("cache-control").asText()).isEqualTo("no-cache");

        // The first event arrives while the operation is still held before producing the second.
        assertThat(new String(posted.nextChunk(), StandardCharsets.UTF_8))
                .isEqualTo("id: 1\nevent: item\ndata: item 1\ndata: more\n\n");
        assertThat(gate.getCount()).isEqualTo(1);
        gate.countDown();
        posted.awaitEnd();

        assertThat(posted.chunks()).hasSize(4);
        assertThat(new String(posted.chunks().get(2), StandardCharsets.UTF_8))
                .isEqualTo("id: 2\nevent: item\ndata: item 2\ndata: more\n\n");
        assertThat(new String(posted.chunks().get(3), StandardCharsets.UTF_8))
                .isEqualTo("id: 3\nevent: item\ndata: item 3\ndata: more\n\n");
        assertThat(posted.trailers()).isEmpty();
        assertThat(accessLine("req-events").get("stream").asText()).isEqualTo("completed");
    }

    @Test
    void aStreamFailingAfterItsFirstByte_endsWithTheErrorTrailers_andIsRecordedAsAFailure() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-fails", get("/stream/fails/midway")));

        RuntimeApiStandIn.Posted posted = api.posted("req-fails").awaitEnd();

        assertThat(posted.chunks()).hasSize(2);
        assertThat(new String(posted.chunks().get(1), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}\n");
        assertThat(posted.trailers()).containsEntry("lambda-runtime-function-error-type",
                "java.lang.IllegalStateException");
        JsonNode error = Json.mapper().readTree(Base64.getDecoder()
                .decode(posted.trailers().get("lambda-runtime-function-error-body")));
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        // The application's message stays in the logs; the error names the correlation id.
        assertThat(error.get("errorMessage").asText()).contains("corr-20").doesNotContain("store");

        JsonNode access = accessLine("req-fails");
        assertThat(access.get("stream").asText()).isEqualTo("failed");
        assertThat(access.get("status").asInt()).isEqualTo(200);
        JsonNode emf = emfOf("req-fails");
        assertThat(emf.get("Failure").asDouble()).isEqualTo(1.0);
        assertThat(emf.has("Success")).isFalse();
        assertThat(loop.handler().logLines()).anyMatch(line -> line.get("level").asText().equals("ERROR")
                && line.get("message").asText().contains("failed part-way")
                && line.get("function_request_id").asText().equals("req-fails"));
    }

    @Test
    void aStreamFailingBeforeItsFirstByte_isAnsweredWholeWithA500() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-first", get("/stream/fails/first")));

        RuntimeApiStandIn.Posted posted = api.posted("req-first").awaitEnd();

        assertThat(posted.chunked()).isFalse();
        assertThat(posted.header("Lambda-Runtime-Function-Response-Mode")).isNull();
        JsonNode response = Json.mapper().readTree(posted.body());
        assertThat(response.get("statusCode").asInt()).isEqualTo(500);
        assertThat(response.get("body").asText()).isEqualTo("{\"detail\":\"Internal Server Error\"}");
        assertThat(response.get("headers").get("x-correlation-id").asText()).isEqualTo("corr-19");
        assertThat(emfOf("req-first").get("Failure").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableEvent_isAnswered400_asByTheRequestStreamHandler() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-bad", "{\"not\":\"an api event\"}".getBytes(StandardCharsets.UTF_8)));

        JsonNode response = Json.mapper().readTree(api.posted("req-bad").awaitEnd().body());

        assertThat(response.get("statusCode").asInt()).isEqualTo(400);
        assertThat(response.get("body").asText()).startsWith("{\"detail\":\"Bad Request: ");
    }

    @Test
    void anInvocationPastItsDeadline_isNotRun_andReportedAsAnInvocationError() throws Exception {
        int callsBefore = TestApi.CALLS.get();
        api.enqueue(RuntimeApiStandIn.Event.of("req-late", ObservabilityTest.getItem("42", null))
                .withDeadline(System.currentTimeMillis() - 1_000));
        api.enqueue(RuntimeApiStandIn.Event.of("req-after", ObservabilityTest.getItem("43", null)));

        RuntimeApiStandIn.Posted posted = api.posted("req-late").awaitEnd();

        assertThat(posted.requestLine).isEqualTo("POST /2018-06-01/runtime/invocation/req-late/error HTTP/1.1");
        assertThat(posted.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("Runtime.DeadlineExceeded");
        assertThat(posted.header("Content-Type")).isEqualTo("application/json");
        JsonNode error = Json.mapper().readTree(posted.body());
        assertThat(error.get("errorType").asText()).isEqualTo("Runtime.DeadlineExceeded");
        assertThat(error.get("errorMessage").asText()).contains("deadline");
        assertThat(error.get("stackTrace").isArray()).isTrue();
        // The loop goes on with the next invocation, which runs.
        assertThat(Json.mapper().readTree(api.posted("req-after").awaitEnd().body()).get("statusCode").asInt())
                .isEqualTo(200);
        assertThat(TestApi.CALLS.get()).isEqualTo(callsBefore + 1);
    }

    @Test
    void aHandlerThatCannotBeBuilt_isReportedAsAnInitError() throws Exception {
        try (RuntimeApiStandIn other = RuntimeApiStandIn.start()) {
            List<Throwable> fatal = new java.util.concurrent.CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> LambdaRuntime.start(() -> {
                throw new IllegalStateException("no table name configured");
            }, RuntimeLoopTestSupport.settings(other, 1, true, false, true, fatal))).hasMessage("no table name configured");

            RuntimeApiStandIn.Posted posted = other.initError().awaitEnd();
            assertThat(posted.requestLine).isEqualTo("POST /2018-06-01/runtime/init/error HTTP/1.1");
            assertThat(posted.header("Lambda-Runtime-Function-Error-Type")).isEqualTo("java.lang.IllegalStateException");
            JsonNode error = Json.mapper().readTree(posted.body());
            assertThat(error.get("errorMessage").asText()).isEqualTo("no table name configured");
            assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
            assertThat(other.requestLines()).noneMatch(line -> line.contains("/next"));
        }
    }

    @Test
    void anErrorThrownMidStream_endsWithTheTrailers_andTheLoopGoesOnOnAFreshConnection() throws Exception {
        api.enqueue(RuntimeApiStandIn.Event.of("req-error", get("/stream/fails/error")));
        api.enqueue(RuntimeApiStandIn.Event.of("req-next", ObservabilityTest.getItem("42", null)));

        RuntimeApiStandIn.Posted posted = api.posted("req-error").awaitEnd();

        assertThat(posted.trailers()).containsEntry("lambda-runtime-function-error-type", "java.lang.AssertionError");
        assertThat(Json.mapper().readTree(api.posted("req-next").awaitEnd().body()).get("statusCode").asInt())
                .isEqualTo(200);
        assertThat(loop.fatal()).isEmpty();
    }

    @Test
    void aKeptAliveConnectionClosedByTheRuntimeApi_isReopened() throws Exception {
        api.closeAfterEachAnswer();
        for (int i = 1; i <= 3; i++) {
            api.enqueue(RuntimeApiStandIn.Event.of("req-" + i, ObservabilityTest.getItem("4" + i, null)));
        }

        for (int i = 1; i <= 3; i++) {
            assertThat(Json.mapper().readTree(api.posted("req-" + i).awaitEnd().body()).get("statusCode").asInt())
                    .isEqualTo(200);
        }
        assertThat(loop.fatal()).isEmpty();
    }

    @Test
    void underSnapStart_theLoopPrimesAndWaitsInRestoreNext_beforeTakingInvocations() throws Exception {
        try (RuntimeApiStandIn snapStart = RuntimeApiStandIn.start();
             RuntimeLoopTestSupport.Running restored = RuntimeLoopTestSupport.start(snapStart, 1, true, true,
                     Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"))) {
            int callsBefore = TestApi.CALLS.get();
            snapStart.enqueue(RuntimeApiStandIn.Event.of("req-restored", ObservabilityTest.getItem("42", null)));

            snapStart.posted("req-restored").awaitEnd();

            List<String> requests = snapStart.requestLines();
            assertThat(requests.get(0)).isEqualTo("GET /2018-06-01/runtime/restore/next HTTP/1.1");
            assertThat(requests.get(1)).isEqualTo("GET /2018-06-01/runtime/invocation/next HTTP/1.1");
            // Priming never runs a handler; the restored environment reports no cold start.
            assertThat(TestApi.CALLS.get()).isEqualTo(callsBefore + 1);
            JsonNode access = await(() -> restored.handler().logLines().stream()
                    .filter(line -> line.has("route")).findFirst().orElse(null), "the access line");
            assertThat(access.get("cold_start").asBoolean()).isFalse();
        }
    }

    @Test
    void closingTheRuntime_endsItsInvocationThreads_evenWhileTheyWaitForNext() throws Exception {
        RuntimeLoopTestSupport.Running four = RuntimeLoopTestSupport.start(api, 4, false, Map.of());
        api.enqueue(RuntimeApiStandIn.Event.of("req-before-close", ObservabilityTest.getItem("42", null)));
        api.posted("req-before-close").awaitEnd();

        four.close();

        // A thread in next() must not reconnect and wait again once the runtime is closed.
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
                .filteredOn(thread -> four.runtime().ownsThread(thread)).isEmpty();
    }

    @Test
    void concurrentInvocations_withABackendThatSharesMetrics_areRefusedAsAnInitError() throws Exception {
        ObservabilityBackend lean = Backends.orLean(null, Map.<String, String>of()::get, System.out);
        ObservabilityBackend sharing = new ObservabilityBackend() {
            @Override
            public String slf4jProvider() {
                return lean.slf4jProvider();
            }

            @Override
            public void beginInvocation(Invocation invocation) {
                lean.beginInvocation(invocation);
            }

            @Override
            public void endInvocation() {
                lean.endInvocation();
            }

            @Override
            public InvocationMetrics metrics(Invocation invocation) {
                return lean.metrics(invocation);
            }

            @Override
            public boolean supportsConcurrentInvocations() {
                return false;
            }
        };
        try (RuntimeApiStandIn other = RuntimeApiStandIn.start()) {
            assertThatThrownBy(() -> LambdaRuntime.start(() -> new SkiffLambdaHandler(TestApi.application(), sharing) {},
                    RuntimeLoopTestSupport.settings(other, 4, false, false, true, new java.util.ArrayList<>())))
                    .hasMessageContaining("AWS_LAMBDA_MAX_CONCURRENCY is 4");

            JsonNode error = Json.mapper().readTree(other.initError().awaitEnd().body());
            assertThat(error.get("errorMessage").asText()).contains("one instance per process");
            assertThat(other.requestLines()).noneMatch(line -> line.contains("/next"));
        }
    }

    @Test
    void aRuntimeApiThatGoesAway_isFatal() throws Exception {
        api.close();

        long deadline = System.currentTimeMillis() + 10_000;
        while (loop.fatal().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loop.fatal()).hasSize(1);
    }

    private JsonNode accessLine(String requestId) throws InterruptedException {
        return await(() -> loop.handler().logLines().stream()
                .filter(line -> line.has("route") && requestId.equals(text(line, "function_request_id")))
                .findFirst().orElse(null), "access line of " + requestId + " in " + loop.handler().lines());
    }

    private JsonNode emfOf(String requestId) throws InterruptedException {
        return await(() -> loop.handler().emfDocuments().stream()
                .filter(doc -> requestId.equals(text(doc, "function_request_id")))
                .findFirst().orElse(null), "metrics of " + requestId);
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    /** The runtime records an invocation just after its answer is sent: wait for it. */
    static <T> T await(java.util.function.Supplier<T> probe, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + what);
    }
}
