package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Props are checked when built, with messages that say what was received and what is allowed.
 * {@link #valid()} is an HTTP_API, whose functions answer whole and so may come from a jar.
 */
class PropsValidationTest {

    static final Path JAR = TestJars.create("app.jar");
    static final Path PACKAGE = TestJars.packageDirectory();

    static SkiffApiProps.Builder<TestOperations> valid() {
        return SkiffApiProps.builder(TestOperations.class).apiType(ApiType.HTTP_API)
                .jarPath(JAR).handler(HttpApiTest.HANDLER);
    }

    @Test
    void memorySizeBelowLambdaMinimum_fails() {
        assertThatThrownBy(() -> valid().memorySize(64).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("memorySize must be between 128 and 10240, got 64");
    }

    @Test
    void timeoutAboveFifteenMinutes_fails() {
        assertThatThrownBy(() -> valid().timeout(Duration.minutes(16)).build())
                .hasMessage("timeout must be between 1 and 900, got 960");
    }

    @Test
    void neitherJarNorCode_fails() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class).handler("h").build())
                .hasMessage("set exactly one of jarPath, packageDirectory and code, got none");
    }

    @Test
    void bothJarAndCode_fails() {
        assertThatThrownBy(() -> valid().code(Code.fromAsset(JAR.getParent().toString())).build())
                .hasMessage("set exactly one of jarPath, packageDirectory and code, got jarPath and code");
    }

    @Test
    void allThreeKindsOfCode_fails() {
        assertThatThrownBy(() -> valid().packageDirectory(PACKAGE)
                .code(Code.fromAsset(PACKAGE.toString())).build())
                .hasMessage("set exactly one of jarPath, packageDirectory and code,"
                        + " got jarPath, packageDirectory and code");
    }

    @Test
    void missingJar_failsNamingThePathAndTheFix() {
        Path missing = JAR.resolveSibling("not-built.jar");
        assertThatThrownBy(() -> valid().jarPath(missing).build())
                .hasMessage("jarPath must be an existing jar file, got " + missing.toAbsolutePath()
                        + "; build the application first (mvn package)");
    }

    @Test
    void httpApiWithoutHandler_fails() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class).apiType(ApiType.HTTP_API)
                .jarPath(JAR).build())
                .hasMessage("handler must not be blank, got null");
    }

    @Test
    void webAdapterFromJarWithoutMainClass_fails() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class).jarPath(JAR)
                .apiType(ApiType.FUNCTION_URL).streamingRuntime(StreamingRuntime.WEB_ADAPTER).build())
                .hasMessage("mainClass must not be blank, got null");
    }

    @Test
    void functionUrlWithOtherAuthThanIam_fails() {
        assertThatThrownBy(() -> streaming().auth(ApiAuth.none()).build())
                .hasMessage("auth must be IAM for a FUNCTION_URL api, got NONE");
    }

    static SkiffApiProps.Builder<TestOperations> streaming() {
        return SkiffApiProps.builder(TestOperations.class).apiType(ApiType.FUNCTION_URL)
                .packageDirectory(PACKAGE).handler(HttpApiTest.HANDLER);
    }

    @Test
    void skiffStreamingFromJar_failsNamingPackageDirectoryAndTheWebAdapter() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class).apiType(ApiType.FUNCTION_URL)
                .jarPath(JAR).mainClass("a.Main").build())
                .hasMessage("jarPath is not allowed with streamingRuntime SKIFF (the default for a"
                        + " FUNCTION_URL api), got " + JAR.toAbsolutePath() + "; pass packageDirectory,"
                        + " or set streamingRuntime WEB_ADAPTER and mainClass to run the local server"
                        + " behind the Lambda Web Adapter");
    }

    @Test
    void missingPackageDirectory_failsNamingThePathAndTheFix() {
        Path missing = PACKAGE.resolveSibling("not-built");
        assertThatThrownBy(() -> streaming().packageDirectory(missing).build())
                .hasMessage("packageDirectory must be an existing directory, got " + missing.toAbsolutePath()
                        + "; build the application's Lambda package first (mvn package)");
    }

    @Test
    void packageDirectoryWithoutExecWrapper_fails() {
        Path nativeOnly = TestJars.nativePackageDirectory();
        assertThatThrownBy(() -> streaming().packageDirectory(nativeOnly).runtime(SkiffRuntime.JAVA_25).build())
                .hasMessage("packageDirectory must hold skiff-exec-wrapper to start Skiff's runtime on"
                        + " java25, got " + nativeOnly.toAbsolutePath()
                        + " without it; build the application's Lambda package (mvn package)");
    }

    @Test
    void nativePackageDirectoryWithoutBootstrap_fails() {
        Path empty = TestJars.create("README").getParent();
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class).runtime(SkiffRuntime.NATIVE)
                .packageDirectory(empty).build())
                .hasMessage("packageDirectory must hold bootstrap to start Skiff's runtime on"
                        + " provided.al2023, got " + empty.toAbsolutePath()
                        + " without it; build the application's Lambda package (mvn package)");
    }

    @Test
    void httpApiFromPackageDirectory_needsNoExecWrapper() {
        Path jarsOnly = TestJars.create("README").getParent();
        assertThat(SkiffApiProps.builder(TestOperations.class).apiType(ApiType.HTTP_API)
                .packageDirectory(jarsOnly).handler(HttpApiTest.HANDLER)
                .build().packageDirectory())
                .isEqualTo(jarsOnly);
    }

    @Test
    void packageDirectoryBehindTheWebAdapterWithTheHandlerClass_fails() {
        assertThatThrownBy(() -> streaming().mainClass("a.Main")
                .streamingRuntime(StreamingRuntime.WEB_ADAPTER).build())
                .hasMessage("handler must be left unset for streamingRuntime WEB_ADAPTER with jarPath or"
                        + " packageDirectory (it is the generated run.sh), got '" + HttpApiTest.HANDLER + "'");
    }

    @Test
    void packageDirectoryBehindTheWebAdapterWithoutMainClass_fails() {
        assertThatThrownBy(() -> streaming().handler(null)
                .streamingRuntime(StreamingRuntime.WEB_ADAPTER).build())
                .hasMessage("mainClass must not be blank, got null");
    }

    @Test
    void skiffStreamingWithoutHandler_fails() {
        assertThatThrownBy(() -> streaming().handler(null).build())
                .hasMessage("handler must not be blank, got null");
    }

    @Test
    void skiffStreamingWithAScriptAsHandler_fails() {
        assertThatThrownBy(() -> streaming().handler("run.sh").build())
                .hasMessage("handler must name the handler class, such as"
                        + " com.example.ApiLambdaHandler::handleRequest, for streamingRuntime SKIFF,"
                        + " got 'run.sh'");
    }

    @Test
    void skiffStreamingWithAPathAsHandler_fails() {
        assertThatThrownBy(() -> streaming().handler("/var/task/bootstrap").build())
                .hasMessageStartingWith("handler must name the handler class");
    }

    @Test
    void skiffStreamingAcceptsAClassWithOrWithoutMethod() {
        assertThat(streaming().handler("com.example.ApiHandler").build().handler())
                .isEqualTo("com.example.ApiHandler");
        assertThat(streaming().build().handler()).isEqualTo(HttpApiTest.HANDLER);
    }

    @Test
    void mainClassWithSkiffStreaming_fails() {
        assertThatThrownBy(() -> streaming().mainClass("a.Main").build())
                .hasMessage("mainClass is only used with streamingRuntime WEB_ADAPTER, got 'a.Main';"
                        + " Skiff's runtime starts the main of the handler's class");
    }

    @Test
    void webAdapterOnHttpApi_fails() {
        assertThatThrownBy(() -> valid().streamingRuntime(StreamingRuntime.WEB_ADAPTER).build())
                .hasMessage("streamingRuntime WEB_ADAPTER needs apiType FUNCTION_URL, got HTTP_API");
    }

    @Test
    void execWrapperInEnvironmentOfSkiffStreaming_fails() {
        assertThatThrownBy(() -> streaming()
                .environment(Map.of("AWS_LAMBDA_EXEC_WRAPPER", "/opt/other")).build())
                .hasMessage("environment must not set AWS_LAMBDA_EXEC_WRAPPER for a FUNCTION_URL api,"
                        + " SkiffApi sets it to /var/task/skiff-exec-wrapper on Java runtimes to start"
                        + " Skiff's runtime");
    }

    @Test
    void snapStartOnNative_fails() {
        assertThatThrownBy(() -> SkiffApiProps.builder(TestOperations.class)
                .code(Code.fromAsset(JAR.getParent().toString()))
                .runtime(SkiffRuntime.NATIVE).snapStart(true).build())
                .hasMessage("snapStart is only available on Java runtimes, got runtime provided.al2023");
    }

    @Test
    void jarOnNative_fails() {
        assertThatThrownBy(() -> valid().runtime(SkiffRuntime.NATIVE).build())
                .hasMessage("jarPath needs a JVM runtime, got runtime provided.al2023;"
                        + " pass packageDirectory or code holding a native bootstrap instead");
    }

    @Test
    void snapStartDefaultsOnForJvmAndOffForNative() {
        assertThat(valid().build().snapStart()).isTrue();
        assertThat(SkiffApiProps.builder(TestOperations.class).code(Code.fromAsset(JAR.getParent().toString()))
                .runtime(SkiffRuntime.NATIVE).build().snapStart()).isFalse();
    }

    @Test
    void webAdapterVariableInEnvironment_fails() {
        assertThatThrownBy(() -> valid().apiType(ApiType.FUNCTION_URL).handler(null).mainClass("a.Main")
                .streamingRuntime(StreamingRuntime.WEB_ADAPTER)
                .environment(Map.of("PORT", "9000")).build())
                .hasMessage("environment must not set PORT for a FUNCTION_URL api, SkiffApi sets it"
                        + " (use the port prop for the server port)");
    }

    @Test
    void originWithPath_fails() {
        assertThatThrownBy(() -> valid().allowedOrigins(List.of("https://app.example.com/")).build())
                .hasMessage("allowedOrigins must hold \"*\" or origins like https://app.example.com"
                        + " (scheme and host, no path), got 'https://app.example.com/'");
    }

    @Test
    void noOrigins_fails() {
        assertThatThrownBy(() -> valid().allowedOrigins(List.of()).build())
                .hasMessage("allowedOrigins must name at least one origin or \"*\", got []");
    }

    @Test
    void unknownLogLevel_fails() {
        assertThatThrownBy(() -> valid().logLevel("verbose").build())
                .hasMessage("logLevel must be one of TRACE, DEBUG, INFO, WARN, ERROR, got 'VERBOSE'");
    }

    @Test
    void runtimeApiPort_fails() {
        assertThatThrownBy(() -> valid().port(9001).build())
                .hasMessage("port must not be 9001, the Lambda runtime API listens there, got 9001");
    }

    @Test
    void apiNameWithDash_fails() {
        assertThatThrownBy(() -> valid().apiName("items-api").build())
                .hasMessage("apiName must start with a letter and contain only letters and digits"
                        + " (at most 64), got 'items-api'");
    }

    @Test
    void constructIdThatIsNoApiName_failsSayingHowToFixIt() {
        Stack stack = new Stack(new App(), "S");
        assertThatThrownBy(() -> new SkiffApi<>(stack, "items-api", valid().build()))
                .hasMessage("apiName must start with a letter and contain only letters and digits"
                        + " (at most 64), got 'items-api' (apiName defaults to the construct id; set apiName)");
    }

    @Test
    void cognitoWithoutClients_fails() {
        Stack stack = new Stack(new App(), "S");
        var pool = software.amazon.awscdk.services.cognito.UserPool.Builder.create(stack, "P").build();
        assertThatThrownBy(() -> ApiAuth.cognito(pool, List.of()))
                .hasMessage("cognito auth needs at least one user pool client, got none");
    }
}
