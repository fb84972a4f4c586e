package dev.skiff.samples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.test.ClassLoadRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's first request on Lambda loads no class of Jackson databind: a fresh JVM builds
 * the handler and answers one {@code POST /items} event ({@link ColdInvocation}) with the JVM's
 * class-load log on, and the log is searched for {@code com.fasterxml.jackson.databind}.
 */
class ItemsColdClassLoadTest {
    private static final String DATABIND = "com.fasterxml.jackson.databind.";

    @TempDir
    Path dir;

    @Test
    void firstRequestOnLambda_isAnsweredWithoutLoadingDatabind() throws IOException {
        Path response = dir.resolve("response.json");

        ClassLoadRun run = ClassLoadRun.of(ColdInvocation.class, lambdaEnvironment(), dir, response.toString());

        assertThat(run.exitCode()).as("the invocation's JVM exited with %s; its output:%n%s", run.exitCode(),
                run.output()).isZero();
        assertThat(ItemsLambdaHandlerTest.withoutTiming(Json.mapper().readTree(response.toFile()))).isEqualTo(json("""
                {"statusCode":201,
                 "headers":{"content-type":"application/json","x-correlation-id":"post-1"},
                 "body":"{\\"id\\":1,\\"name\\":\\"Desk lamp\\",\\"price\\":19.9,\\"tags\\":[\\"home\\",\\"light\\"],\\"dimensions\\":null,\\"contactEmail\\":null}",
                 "isBase64Encoded":false}
                """));
        assertThat(run.output()).as("the access line and the EMF metrics of the invocation")
                .contains("\"route\":\"POST /items\"").contains("\"_aws\"");
        assertThat(run.loaded()).as("classes in the class-load log")
                .contains(ItemsLambdaHandler.class.getName(), "com.fasterxml.jackson.core.JsonFactory");
        List<String> databind = run.loadedFrom(DATABIND);
        assertThat(databind.size()).as("databind classes loaded by the first request (%d of %d classes); loaded just"
                        + " before the first of them:%n  %s%nall of them:%n  %s", databind.size(), run.loaded().size(),
                String.join("\n  ", run.leadingTo(DATABIND, 12)), String.join("\n  ", databind))
                .isZero();
    }

    /** What Lambda sets for an on-demand function; no X-Ray daemon, so nothing is sampled. */
    private static Map<String, String> lambdaEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_LAMBDA_FUNCTION_NAME", "items");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "eu-west-1");
        env.put("POWERTOOLS_SERVICE_NAME", "items");
        env.put("AWS_XRAY_DAEMON_ADDRESS", null);
        env.put("_X_AMZN_TRACE_ID", null);
        return env;
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }
}
