package dev.skiff.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Checks synthesised CloudFormation templates with {@code tools/cfn-checks/check.sh}: AWS Control
 * Tower guard rules (and Skiff's own) run by the real {@code cfn-guard}, and a lint against AWS's
 * resource specification. Each template is written to {@code target/cfn-checks/<name>.template.json}
 * of the module under test, where it stays for a look after a failure; the tools' output goes to
 * {@code target/cfn-checks/<first name>.check.log} too.
 *
 * <pre>{@code
 * TemplateChecks.assertCompliant("HttpApi", Template.fromStack(stack).toJSON());
 * }</pre>
 *
 * The tools come from {@code npm ci} in {@code tools/cfn-checks}, which the cdk module's build runs
 * in {@code generate-test-resources}; the directory is found by walking up from the working
 * directory ({@code user.dir}, the module's directory under Maven), or given by the system property
 * {@value #TOOLS_DIR_PROPERTY}. Other modules use this class through the cdk module's test-jar.
 */
public final class TemplateChecks {

    /** System property naming the {@code tools/cfn-checks} directory, instead of searching for it. */
    public static final String TOOLS_DIR_PROPERTY = "skiff.cfnChecks.dir";

    private static final long TIMEOUT_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TemplateChecks() {
    }

    /**
     * What one run of the checks answered.
     *
     * @param exitCode {@code check.sh}'s exit status: 0 all passed, 1 a check failed, 2 the checks
     *     could not run
     * @param output everything the tools printed
     * @param files the written templates, by name
     */
    public record Result(int exitCode, String output, Map<String, Path> files) {

        public boolean passed() {
            return exitCode == 0;
        }

        /** The output's lines about the template written under {@code name}. */
        public List<String> linesFor(String name) {
            Path file = Objects.requireNonNull(files.get(name), () -> "no template named " + name);
            String prefix = file.toString() + ":";
            return output.lines().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    /**
     * Asserts that a template passes every check.
     *
     * @param name a file name for the template, unique within the module's tests
     * @param template the template, as {@code Template.fromStack(stack).toJSON()} gives it
     * @param skippedRules guard rules to leave out, by file name without {@code .guard}
     *     (e.g. {@code ct-apigateway-pr-4}); none normally
     * @throws AssertionError naming each failed rule or lint finding
     */
    public static void assertCompliant(String name, Map<String, ?> template, String... skippedRules) {
        assertAllCompliant(Map.of(name, template), skippedRules);
    }

    /** As {@link #assertCompliant(String, Map, String...)}, for a template held as a JSON tree. */
    public static void assertCompliant(String name, JsonNode template, String... skippedRules) {
        assertAllCompliant(Map.of(name, template), skippedRules);
    }

    /**
     * Asserts that several templates pass every check, with one run of the tools.
     *
     * @param templatesByName each template ({@code Map} or {@link JsonNode}) by a file name for it
     */
    public static void assertAllCompliant(Map<String, ?> templatesByName, String... skippedRules) {
        Result result = check(templatesByName, skippedRules);
        if (!result.passed()) {
            throw new AssertionError("CloudFormation checks "
                    + (result.exitCode() == 1 ? "failed" : "could not run (exit status " + result.exitCode() + ")")
                    + " for " + String.join(", ", templatesByName.keySet()) + ":\n" + result.output());
        }
    }

    /**
     * Writes the templates and runs the checks over them, failing nothing: the caller reads the
     * {@link Result}.
     */
    public static Result check(Map<String, ?> templatesByName, String... skippedRules) {
        if (templatesByName.isEmpty()) {
            throw new IllegalArgumentException("no templates to check");
        }
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path checkScript = toolsDir(moduleDir).resolve("check.sh");
        Path outDir = moduleDir.resolve("target").resolve("cfn-checks");
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            Files.createDirectories(outDir);
            for (Map.Entry<String, ?> entry : templatesByName.entrySet()) {
                Path file = outDir.resolve(fileName(entry.getKey()) + ".template.json");
                if (files.containsValue(file)) {
                    throw new IllegalArgumentException("two templates would be written to " + file);
                }
                JSON.writeValue(file.toFile(), Objects.requireNonNull(entry.getValue(), entry.getKey()));
                files.put(entry.getKey(), file.toRealPath());
            }
            Path log = outDir.resolve(fileName(templatesByName.keySet().iterator().next()) + ".check.log");

            List<String> command = new ArrayList<>(List.of("bash", checkScript.toString()));
            for (String rule : skippedRules) {
                command.add("--skip");
                command.add(rule);
            }
            command.add("--");
            files.values().forEach(f -> command.add(f.toString()));

            Process process = new ProcessBuilder(command)
                    .directory(moduleDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("CloudFormation checks timed out after " + TIMEOUT_SECONDS + " s: "
                        + String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), Map.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the CloudFormation checks ran", e);
        }
    }

    /** Reads a template written as JSON text, for hand-written templates. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path toolsDir(Path moduleDir) {
        String configured = System.getProperty(TOOLS_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath();
            if (!Files.isRegularFile(dir.resolve("check.sh"))) {
                throw new IllegalStateException(TOOLS_DIR_PROPERTY + "=" + configured + " holds no check.sh");
            }
            return dir;
        }
        for (Path dir = moduleDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("tools").resolve("cfn-checks");
            if (Files.isRegularFile(candidate.resolve("check.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no tools/cfn-checks/check.sh in " + moduleDir + " or above it");
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            throw new IllegalArgumentException("not a usable template name: '" + name + "'");
        }
        return safe;
    }
}
