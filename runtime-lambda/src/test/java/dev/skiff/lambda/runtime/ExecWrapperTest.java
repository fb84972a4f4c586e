package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exec wrapper and the bootstrap, run by {@code sh} with a stand-in {@code java} that prints
 * the command it was given: what reaches the JVM is what the managed runtime asked for, minus
 * AWS's client, plus Skiff's class path and the handler's class.
 */
class ExecWrapperTest {
    private static final Path SCRIPTS = Path.of("src", "main", "lambda").toAbsolutePath();

    @TempDir
    Path dir;

    private Path fakeJava() throws IOException {
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }

    private List<String> run(List<String> command, String handler) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LAMBDA_TASK_ROOT", "/var/task");
        builder.environment().remove("_HANDLER");
        if (handler != null) {
            builder.environment().put("_HANDLER", handler);
        }
        builder.environment().put("JAVA_HOME", dir.toString().replaceAll("/java$", ""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new ArrayList<>(output.lines().toList());
        lines.add("exit " + process.exitValue());
        return lines;
    }

    @Test
    void theWrapper_keepsTheRuntimesJavaAndOptions_andStartsTheHandlersMain() throws Exception {
        Path java = fakeJava();

        List<String> started = run(List.of("sh", SCRIPTS.resolve("skiff-exec-wrapper").toString(), java.toString(),
                "-XX:MaxHeapSize=445645k", "-javaagent:/var/runtime/lib/Log4jHotPatch.jar=log4jFixerVerbose=false",
                "-XX:+UseSerialGC", "-Xshare:on", "-XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa",
                "-Dwith.space=a b", "--add-opens", "java.base/java.io=ALL-UNNAMED", "-classpath",
                "/var/runtime/lib/aws-lambda-java-core.jar:/var/runtime/lib/ric.jar",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest"),
                "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest");

        assertThat(started).containsExactly("-XX:MaxHeapSize=445645k",
                "-javaagent:/var/runtime/lib/Log4jHotPatch.jar=log4jFixerVerbose=false", "-XX:+UseSerialGC",
                "-Xshare:auto", "-XX:SharedArchiveFile=/var/lang/lib/server/runtime.jsa", "-Dwith.space=a b",
                "--add-opens", "java.base/java.io=ALL-UNNAMED", "-cp", "/var/task:/var/task/lib/*:/opt/java/lib/*",
                "dev.skiff.samples.items.ItemsLambdaHandler", "exit 0");
    }

    @Test
    void theWrapper_withoutAHandler_saysWhatIsMissing() throws Exception {
        List<String> started = run(List.of("sh", SCRIPTS.resolve("skiff-exec-wrapper").toString(),
                fakeJava().toString(), "-classpath", "x", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"),
                null);

        assertThat(started).containsExactly(
                "Skiff exec wrapper: _HANDLER (the function's handler setting) must name the handler class", "exit 1");
    }

    @Test
    void theWrapper_onACommandWithoutAwsClient_refusesToGuess() throws Exception {
        List<String> started = run(List.of("sh", SCRIPTS.resolve("skiff-exec-wrapper").toString(),
                fakeJava().toString(), "-jar", "/var/task/app.jar"), "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest");

        assertThat(started).hasSize(2).last().isEqualTo("exit 1");
        assertThat(started.get(0)).contains("no com.amazonaws.services.lambda.runtime.api.client.AWSLambda main class");
    }

    @Test
    void theBootstrap_startsTheHandlersMain_withTheManagedRuntimesJvmOptions() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        Files.move(fakeJava(), java);
        ProcessBuilder builder = new ProcessBuilder("sh", SCRIPTS.resolve("bootstrap").toString())
                .redirectErrorStream(true);
        builder.environment().put("LAMBDA_TASK_ROOT", "/var/task");
        builder.environment().put("_HANDLER", "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest");
        builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        builder.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        builder.environment().put("SKIFF_JAVA_OPTS", "-Dskiff.glob=* -Xss512k");
        Process process = builder.start();
        List<String> started = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        // 85 % of 512 MB, as the managed runtime sizes the heap; the extra options as given, not globbed.
        assertThat(started).containsExactly("-XX:MaxHeapSize=445644k", "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dskiff.glob=*", "-Xss512k",
                "-cp", "/var/task:/var/task/lib/*:/opt/java/lib/*", "dev.skiff.samples.items.ItemsLambdaHandler");
    }
}
