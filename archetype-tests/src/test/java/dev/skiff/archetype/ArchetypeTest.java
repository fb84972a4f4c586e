package dev.skiff.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a new user does with README's one command: generate a project from the archetype this build
 * installed, then build, test, synthesise and serve it, offline, against the Skiff artefacts of the
 * same build (the local repository Maven runs with: {@code maven.repo.local} is passed on). The default
 * project is proven end to end once; the other option values only where they differ (their CDK
 * templates), all in one Maven run.
 */
class ArchetypeTest {
    private static final Path WORK = Path.of(System.getProperty("work.dir", "target/generated-projects"));
    private static final String SKIFF_VERSION = System.getProperty("skiff.version");
    private static final String PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:"
            + System.getProperty("archetype.plugin.version", "3.4.1") + ":generate";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void cleanWorkDirectory() throws IOException {
        deleteTree(WORK);
        Files.createDirectories(WORK);
    }

    @Test
    void defaultProjectBuildsTestsSynthesisesAndServesOffline() throws Exception {
        Path here = Files.createDirectories(WORK.resolve("default"));

        // README's command as written: the plugin by its prefix
        List<String> readme = new ArrayList<>(generate("my-api", "services"));
        readme.set(0, "archetype:generate");
        Run generated = mvn(here, readme);

        assertThat(generated.exitCode()).as(generated.tail()).isZero();
        Path project = here.resolve("services/my-api");
        assertThat(here.resolve("my-api")).doesNotExist();
        assertThat(project.resolve(".gitignore")).exists();
        assertThat(project.resolve("AGENTS.md")).exists();
        Path sources = project.resolve("api/src/main/java/com/example/myapi");
        assertThat(sources.resolve("MyApiApplication.java")).content()
                .contains("@ApiInfo(title = \"My API\"").contains("auth = ApiInfo.Auth.IAM");
        assertThat(sources.resolve("MyApiLambdaHandler.java")).exists();

        // README's test command, then what cdk.json runs: one Maven run
        Run built = mvn(project, List.of("verify", "-Psynth"));

        assertThat(built.exitCode()).as(built.tail()).isZero();
        assertThat(built.output()).contains("Tests run: 5, Failures: 0, Errors: 0");
        assertThat(project.resolve("api/target/lambda/bootstrap")).exists();
        JsonNode template = template(project, "MyApi");
        assertThat(types(template)).contains("AWS::ApiGateway::RestApi");
        assertThat(skiffFunctions(template)).as("isolated: one function per operation").isEqualTo(3);

        assertThat(servedOpenApiTitle(project)).isEqualTo("My API");
    }

    @Test
    void everyOtherOptionValueGeneratesAndSynthesises() throws Exception {
        Path here = Files.createDirectories(WORK.resolve("variants"));
        record Variant(String name, String stack, List<String> options, String frontDoor, String auth,
                int functions) {
        }
        List<Variant> variants = List.of(
                new Variant("my-http-api", "MyHttpApi",
                        List.of("-Dinfra=http", "-DintegrationPattern=shared", "-Dauth=cognito"),
                        "AWS::ApiGatewayV2::Api", "AWS::Cognito::UserPool", 1),
                new Variant("my-url-api", "MyUrlApi", List.of("-Dinfra=function-url"),
                        "AWS::Lambda::Url", null, 1),
                new Variant("my-custom-api", "MyCustomApi", List.of("-Dauth=custom"),
                        "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Authorizer", 3));
        // generated two at a time: each run is mostly a JVM starting
        List<List<String>> commands = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        for (Variant variant : variants) {
            List<String> command = new ArrayList<>(generate(variant.name(), "apis"));
            command.addAll(variant.options());
            commands.add(command);
            modules.add("apis/" + variant.name());
        }
        commands.add(Stream.concat(generate("my-plain-api", "apis").stream(), Stream.of("-Dinfra=none")).toList());
        modules.add("apis/my-plain-api");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (List<String> command : commands) {
                runs.add(pool.submit(() -> mvn(here, command)));
            }
            for (Future<Run> run : runs) {
                assertThat(run.get().exitCode()).as(run.get().tail()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(here.resolve("apis/my-plain-api/infra")).doesNotExist();
        assertThat(here.resolve("apis/my-plain-api/pom.xml")).content().doesNotContain("<module>infra</module>");
        assertThat(here.resolve("apis/my-http-api/api/src/main/java/com/example/myhttpapi/MyHttpApiApplication.java"))
                .content().contains("title = \"My HTTP API\"").contains("ApiInfo.Auth.COGNITO");

        // the projects' own builds, tests skipped (the default project runs them), in one reactor
        Files.writeString(here.resolve("pom.xml"), aggregator(modules));
        Run synthesised = mvn(here, List.of("package", "-DskipTests", "-Psynth"));

        assertThat(synthesised.exitCode()).as(synthesised.tail()).isZero();
        for (Variant variant : variants) {
            JsonNode template = template(here.resolve("apis/" + variant.name()), variant.stack());
            assertThat(types(template)).as(variant.name()).contains(variant.frontDoor());
            if (variant.auth() != null) {
                assertThat(types(template)).as(variant.name()).contains(variant.auth());
            }
            assertThat(skiffFunctions(template)).as(variant.name()).isEqualTo(variant.functions());
        }
        assertThat(here.resolve("apis/my-plain-api/api/target/lambda/bootstrap")).exists();
    }

    /** The plugin's own check (a missing name), and a name that must not become a path: through Maven. */
    static Stream<Arguments> refusedByMaven() {
        return Stream.of(
                Arguments.of("-Dname=", "Property name is missing. Add -Dname=someValue"),
                Arguments.of("-Dname=../escape", "name '../escape' is not allowed; use lower-case words"));
    }

    @ParameterizedTest
    @MethodSource("refusedByMaven")
    void badNameStopsGenerationAndLeavesNothing(String option, String message) throws IOException {
        Path here = Files.createDirectories(WORK.resolve("bad-" + Math.abs(option.hashCode())));
        List<String> command = new ArrayList<>(generate(null, null));
        command.add(option);

        Run refused = mvn(here, command);

        assertThat(refused.exitCode()).as(refused.tail()).isNotZero();
        assertThat(refused.output()).as(refused.tail()).contains(message);
        try (Stream<Path> left = Files.list(here)) {
            assertThat(left.filter(p -> !p.getFileName().toString().endsWith(".log")).toList())
                    .as("nothing generated").isEmpty();
        }
        assertThat(here.getParent().resolve("escape")).doesNotExist();
    }

    /**
     * Every value the post-generate script refuses, run in-process as the plugin runs it (the plugin
     * passes {@code request}; a map has the same properties): a Maven run each would cost a JVM start.
     */
    static Stream<Arguments> refusedByTheScript() {
        return Stream.of(
                Arguments.of(Map.of("name", "My_API"), "name 'My_API' is not allowed; use lower-case words of letters"
                        + " and digits joined by single hyphens, starting with a letter, such as my-api"),
                Arguments.of(Map.of("name", "my--api"), "name 'my--api' is not allowed"),
                Arguments.of(Map.of("name", "1api", "package", "com.example.1api"), "name '1api' is not allowed"),
                Arguments.of(Map.of("name", "class", "package", "com.example.class", "classPrefix", "Class"),
                        "package 'com.example.class' is not a Java package name ('class' is a Java keyword)"),
                Arguments.of(Map.of("groupId", "com.my-co", "package", "com.my-co.myapi"),
                        "package 'com.my-co.myapi' is not a Java package name; use dot-separated Java identifiers"),
                Arguments.of(Map.of("directory", "/etc"), "directory '/etc' is not allowed; use a relative path"),
                Arguments.of(Map.of("directory", "../out"), "directory '../out' is not allowed"),
                Arguments.of(Map.of("directory", ""), "directory '' is not allowed"),
                Arguments.of(Map.of("infra", "lambda"), "infra 'lambda' is not allowed; use one of rest, http, function-url, none"),
                Arguments.of(Map.of("integrationPattern", "pooled"),
                        "integrationPattern 'pooled' is not allowed; use one of isolated, shared"),
                Arguments.of(Map.of("auth", "apikey"), "auth 'apikey' is not allowed; use one of iam, cognito, custom"),
                Arguments.of(Map.of("infra", "function-url", "integrationPattern", "isolated"),
                        "integrationPattern 'isolated' is not allowed with infra 'function-url', which is one URL on"
                                + " one function; use shared (the default for function-url)"),
                Arguments.of(Map.of("infra", "function-url", "auth", "cognito"),
                        "auth 'cognito' is not allowed with infra 'function-url', whose URL takes IAM auth only"),
                Arguments.of(Map.of("infra", "function-url", "auth", "custom"),
                        "auth 'custom' is not allowed with infra 'function-url'"),
                Arguments.of(Map.of("classPrefix", "my api"), "classPrefix 'my api' is not allowed; use a Java class name"),
                Arguments.of(Map.of("title", "Say \"hi\""), "title 'Say \"hi\"' is not allowed"),
                Arguments.of(Map.of("version", "1.0\"; x"), "version '1.0\"; x' is not allowed"));
    }

    @ParameterizedTest
    @MethodSource("refusedByTheScript")
    void badOptionValueIsRefusedWithItsMessageAndTheProjectDeleted(Map<String, String> options, String message)
            throws IOException {
        Path here = Files.createDirectories(WORK.resolve("script-" + Math.abs(options.hashCode())));
        Path generated = Files.createDirectories(here.resolve("my-api/api"));

        assertThatThrownBy(() -> runScript(here, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("skiff-archetype: nothing was generated:")
                .hasMessageContaining(message);
        assertThat(generated.getParent()).doesNotExist();
    }

    @Test
    void existingTargetDirectoryIsRefused() throws IOException {
        Path here = Files.createDirectories(WORK.resolve("taken"));
        Files.createDirectories(here.resolve("my-api"));
        Files.createDirectories(here.resolve("packages/my-api"));

        assertThatThrownBy(() -> runScript(here, Map.of()))
                .hasMessageContaining("directory 'packages' already holds my-api");
        assertThat(here.resolve("my-api")).doesNotExist();
        assertThat(here.resolve("packages/my-api")).exists();
    }

    @Test
    void generatingBesideAPom_isRefused_andThePomLosesTheModuleThePluginAdded() throws IOException {
        Path here = Files.createDirectories(WORK.resolve("beside-a-pom"));
        Files.createDirectories(here.resolve("my-api"));
        String pom = "<project>\n  <modules>\n    <module>core</module>\n  </modules>\n</project>\n";
        Files.writeString(here.resolve("pom.xml"), pom.replace("    <module>core</module>\n",
                "    <module>core</module>\n    <module>my-api</module>\n"));

        assertThatThrownBy(() -> runScript(here, Map.of()))
                .hasMessageContaining("the current directory holds a pom.xml");
        assertThat(here.resolve("pom.xml")).content().isEqualTo(pom);
        assertThat(here.resolve("my-api")).doesNotExist();
    }

    @Test
    void aDirectoryNamedLikeTheProject_stillReceivesIt() throws IOException {
        Path here = Files.createDirectories(WORK.resolve("nested"));
        Files.createDirectories(here.resolve("my-api/api"));
        Files.writeString(here.resolve("my-api/gitignore"), "target/\n");

        runScript(here, Map.of("directory", "my-api"));

        assertThat(here.resolve("my-api/my-api/.gitignore")).exists();
        assertThat(here.resolve("my-api/my-api/api")).isDirectory();
        assertThat(here.resolve("my-api/api")).doesNotExist();
    }

    private static void runScript(Path outputDirectory, Map<String, String> options) throws IOException {
        Properties properties = new Properties();
        properties.putAll(Map.of("name", "my-api", "directory", "packages", "infra", "rest",
                "integrationPattern", "isolated", "auth", "iam", "groupId", "com.example",
                "package", "com.example.myapi", "classPrefix", "MyApi", "title", "My API",
                "version", "0.1.0-SNAPSHOT"));
        properties.putAll(options);
        Binding binding = new Binding();
        binding.setVariable("request", Map.of("properties", properties,
                "outputDirectory", outputDirectory.toString(), "artifactId", "my-api"));
        new GroovyShell(binding).evaluate(Path.of(System.getProperty("archetype.script")).toFile());
    }

    private static List<String> generate(String name, String directory) {
        List<String> command = new ArrayList<>(List.of(PLUGIN, "-DarchetypeGroupId=dev.skiff",
                "-DarchetypeArtifactId=skiff-archetype", "-DarchetypeVersion=" + SKIFF_VERSION));
        if (name != null) {
            command.add("-Dname=" + name);
        }
        if (directory != null) {
            command.add("-Ddirectory=" + directory);
        }
        return command;
    }

    /** Starts README's local command and reads the title of the /openapi.json it serves. */
    private static String servedOpenApiTitle(Path project) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = project.resolve("dev-server.log");
        Process server = maven(project, List.of("-pl", "api", "compile", "-Pdev"), Map.of("PORT", String.valueOf(port)))
                .redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/openapi.json"))
                    .timeout(Duration.ofSeconds(5)).build();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                assertThat(server.isAlive()).as("the dev server stopped:\n" + Files.readString(log)).isTrue();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return JSON.readTree(response.body()).get("info").get("title").asText();
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new AssertionError("no /openapi.json on port " + port + ":\n" + Files.readString(log));
        } finally {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    private static String aggregator(List<String> modules) {
        StringBuilder pom = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId>
                  <artifactId>variants</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules>
                """);
        modules.forEach(module -> pom.append("    <module>").append(module).append("</module>\n"));
        return pom.append("  </modules>\n</project>\n").toString();
    }

    private static JsonNode template(Path project, String stack) throws IOException {
        return JSON.readTree(project.resolve("infra/cdk.out/" + stack + ".template.json").toFile());
    }

    private static List<String> types(JsonNode template) {
        return StreamSupport.stream(template.get("Resources").spliterator(), false)
                .map(resource -> resource.get("Type").asText()).toList();
    }

    /** The functions that run the API (not an authorizer's). */
    private static long skiffFunctions(JsonNode template) {
        return StreamSupport.stream(template.get("Resources").spliterator(), false)
                .filter(resource -> resource.get("Type").asText().equals("AWS::Lambda::Function"))
                .filter(resource -> resource.path("Properties").path("Handler").asText().endsWith("LambdaHandler::handleRequest")
                        || resource.path("Properties").path("Environment").toString().contains("LambdaHandler"))
                .count();
    }

    record Run(int exitCode, String output) {
        String tail() {
            return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
        }
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    private static Run mvn(Path directory, List<String> arguments) {
        Path log = directory.resolve("mvn-" + RUNS.incrementAndGet() + ".log");
        try {
            Process process = maven(directory, arguments, Map.of()).redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("mvn " + arguments + " did not finish in 10 minutes");
            }
            return new Run(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * mvn, batch and offline, on the local repository this build uses. README's generate command
     * is the exception: Maven maps the prefix {@code archetype:} to its plugin through the plugin
     * group's metadata, which Skiff's build never fetches, so that one run may go online once.
     */
    private static ProcessBuilder maven(Path directory, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B"));
        if (!arguments.contains("archetype:generate")) {
            command.add("-o");
        }
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        return builder;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
