package dev.skiff.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skiff.core.Json;
import dev.skiff.lambda.observability.logging.SkiffLogging;
import dev.skiff.test.LambdaTestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The test application behind the real handler, with stdout (logs and EMF) captured; public for the runtime loop's tests. */
public final class TestHandler extends SkiffLambdaHandler {
    final ByteArrayOutputStream stdout;

    private TestHandler(dev.skiff.core.Application application, Map<String, String> env, ByteArrayOutputStream stdout) {
        super(application, null, env::get, new PrintStream(stdout, true, StandardCharsets.UTF_8));
        this.stdout = stdout;
    }

    /** A handler for {@code application}, for service {@code items}, with logs and metrics captured. */
    static TestHandler create(dev.skiff.core.Application application) {
        return create(application, Map.of());
    }

    /** As {@link #create(dev.skiff.core.Application)}, with more variables. */
    static TestHandler create(dev.skiff.core.Application application, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of("POWERTOOLS_SERVICE_NAME", "items"));
        env.putAll(extraEnv);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        SkiffLogging.configure(env::get, new PrintStream(stdout, true, StandardCharsets.UTF_8));
        return new TestHandler(application, env, stdout);
    }

    /** A handler for service {@code items}, with logs and metrics captured. */
    public static TestHandler create(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of(
                "POWERTOOLS_SERVICE_NAME", "items",
                "POWERTOOLS_METRICS_NAMESPACE", "Skiff/Test"));
        env.putAll(extraEnv);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        SkiffLogging.configure(env::get, new PrintStream(stdout, true, StandardCharsets.UTF_8));
        return new TestHandler(TestApi.application(), env, stdout);
    }

    /**
     * A handler for {@link HostileTestApi} with {@code env}. The application is built here, after
     * this class (and so the handler's SLF4J provider choice) is initialised: the application's
     * own logger must not initialise SLF4J first.
     */
    public static TestHandler hostile(Map<String, String> env) {
        return create(HostileTestApi.application(), env);
    }

    public static TestHandler create() {
        return create(Map.of());
    }

    /** Invokes with a fixture from {@code src/test/resources/events}. */
    JsonNode invokeFixture(String name, LambdaTestContext context) {
        try (InputStream in = TestHandler.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return invoke(in.readAllBytes(), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode invoke(byte[] event, LambdaTestContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handleRequest(new ByteArrayInputStream(event), out, context);
            return Json.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stdout line so far, parsed. */
    public List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("stdout line is not JSON: " + line, e);
                }
            }
        }
        return lines;
    }

    /** The log lines (those with a level). */
    public List<JsonNode> logLines() {
        return lines().stream().filter(line -> line.has("level")).toList();
    }

    /** The EMF documents (those with {@code _aws}). */
    public List<JsonNode> emfDocuments() {
        return lines().stream().filter(line -> line.has("_aws")).toList();
    }
}
