package dev.skiff.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.test.ClassLoadRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lambda runtime reads events, finds the caller, answers errors, logs the event and writes
 * its metrics without loading Jackson databind: a fresh JVM runs {@link LeanInvocations} (whose
 * application writes JSON through {@code JsonValues} only) with the class-load log on.
 */
class RequestPathClassLoadTest {
    private static final String DATABIND = "com.fasterxml.jackson.databind.";

    @TempDir
    Path dir;

    @Test
    void eventsCallersErrorsLogsAndMetrics_loadNoDatabindClass() throws IOException {
        Path responses = dir.resolve("responses.jsonl");
        Map<String, String> env = new HashMap<>();
        env.put("AWS_LAMBDA_FUNCTION_NAME", "lean");
        env.put("POWERTOOLS_SERVICE_NAME", "lean");
        env.put("POWERTOOLS_LOGGER_LOG_EVENT", "true");
        env.put("AWS_XRAY_DAEMON_ADDRESS", null);
        env.put("_X_AMZN_TRACE_ID", null);

        ClassLoadRun run = ClassLoadRun.of(LeanInvocations.class, env, dir, responses.toString());

        assertThat(run.exitCode()).as("the JVM exited with %s; its output:%n%s", run.exitCode(), run.output()).isZero();
        List<String> lines = Files.readAllLines(responses);
        assertThat(lines).hasSize(6);
        // claims come in no fixed order (CallerIdentity keeps them in an immutable map)
        assertThat(lines.get(0)).contains("\"statusCode\":200")
                .contains("{\\\"caller\\\":\\\"JWT user-1\\\",\\\"account\\\":null,\\\"claims\\\":{")
                .contains("\\\"sub\\\":\\\"user-1\\\"", "\\\"email\\\":\\\"ada@example.com\\\"");
        assertThat(lines.get(1)).contains("\"statusCode\":200").contains(
                "{\\\"caller\\\":\\\"IAM arn:aws:iam::111122223333:user/example-user\\\",\\\"account\\\":\\\"111122223333\\\"");
        assertThat(lines.get(2)).contains("\"statusCode\":422").contains(
                "\"body\":\"{\\\"detail\\\":[{\\\"type\\\":\\\"less_than_equal\\\",\\\"loc\\\":[\\\"body\\\",\\\"price\\\"],"
                        + "\\\"msg\\\":\\\"Input should be less than or equal to 10\\\",\\\"input\\\":19.9,"
                        + "\\\"ctx\\\":{\\\"le\\\":10}}]}\"");
        assertThat(lines.get(3)).contains("\"statusCode\":404").contains("{\\\"detail\\\":\\\"Item not found\\\"}");
        assertThat(lines.get(4)).contains("\"statusCode\":404").contains("{\\\"detail\\\":\\\"Not Found\\\"}");
        assertThat(lines.get(5)).contains("\"statusCode\":400").contains("{\\\"detail\\\":\\\"Bad Request: the event is not JSON");
        assertThat(run.output()).as("the event log line and the EMF metadata")
                .contains("Handler Event: {\\\"version\\\":\\\"2.0\\\",\\\"routeKey\\\":\\\"GET /echo\\\"")
                .contains("\"claim_count\":3");
        assertThat(run.loaded()).as("classes in the class-load log")
                .contains(LeanInvocations.class.getName(), "com.fasterxml.jackson.core.JsonFactory");
        List<String> databind = run.loadedFrom(DATABIND);
        assertThat(databind.size()).as("databind classes loaded (%d of %d classes); loaded just before the first of"
                        + " them:%n  %s%nall of them:%n  %s", databind.size(), run.loaded().size(),
                String.join("\n  ", run.leadingTo(DATABIND, 12)), String.join("\n  ", databind))
                .isZero();
    }
}
