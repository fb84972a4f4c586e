package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Architecture;

/**
 * A FUNCTION_URL api with the default streaming runtime, Skiff's own, from a package directory on
 * arm64, served by one SHARED function: one synth shared by all assertions.
 */
class FunctionUrlTest {

    static SkiffApi<TestOperations> api;
    static Template template;
    static Path packageDirectory;
    static Path assemblyDir;

    @BeforeAll
    static void synth() {
        // GIVEN a streaming API from a package directory on arm64, and a role granted access
        App app = new App();
        Stack stack = new Stack(app, "Streaming");
        packageDirectory = TestJars.packageDirectory();
        api = new SkiffApi<>(stack, "StreamApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .packageDirectory(packageDirectory)
                .handler(HttpApiTest.HANDLER)
                .architecture(Architecture.ARM_64)
                .allowedOrigins(List.of("https://app.example.com"))
                .build());
        Role caller = Role.Builder.create(stack, "Caller").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(caller);
        // WHEN it is synthesised
        template = Template.fromStack(stack);
        assemblyDir = Path.of(app.synth().getDirectory());
    }

    @Test
    void url_isIamAuthenticatedAndStreamsFromTheAlias() {
        template.resourceCountIs("AWS::Lambda::Url", 1);
        template.hasResourceProperties("AWS::Lambda::Url", Map.of(
                "AuthType", "AWS_IAM",
                "InvokeMode", "RESPONSE_STREAM",
                "TargetFunctionArn", Map.of("Fn::GetAtt",
                        List.of(HttpApiTest.logicalId(api.getFunction(TestOperations.STREAM_ITEMS)), "Arn")),
                "Qualifier", "live"));
        template.resourceCountIs("AWS::ApiGatewayV2::Api", 0);
        template.resourceCountIs("AWS::ApiGateway::RestApi", 0);
        template.resourceCountIs("AWS::WAFv2::WebACL", 0);
        assertThat(api.getHttpApi()).isEmpty();
        assertThat(api.getRestApi()).isEmpty();
        assertThat(api.getWebAcl()).isEmpty();
        assertThat(api.getFunctionUrl()).isPresent();
        assertThat(api.getApiType()).isEqualTo(ApiType.FUNCTION_URL);
    }

    @Test
    void function_isOneSharedFunctionDirectlyUnderTheApiForEveryOperation() {
        assertThat(api.getIntegrationPattern()).isEqualTo(IntegrationPattern.SHARED);
        template.resourceCountIs("AWS::Lambda::Function", 1);
        template.resourceCountIs("AWS::Lambda::Alias", 1);
        template.resourceCountIs("AWS::Logs::LogGroup", 1);
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Description", "Skiff API StreamApi"));
        assertThat(api.getFunctions()).containsExactly(api.getFunction(TestOperations.LIST_ITEMS));
        for (TestOperations operation : TestOperations.values()) {
            assertThat(api.getFunction(operation)).isSameAs(api.getNode().findChild("Function"));
            assertThat(api.getAlias(operation)).isSameAs(api.getNode().findChild("Alias"));
            assertThat(api.getLogGroup(operation)).isSameAs(api.getNode().findChild("LogGroup"));
        }
        assertThat(api.getFunctionUrl().orElseThrow()).isSameAs(api.getNode().findChild("FunctionUrl"));
    }

    @Test
    void url_allowsTheRestrictedOriginAndTheSigningHeaders() {
        template.hasResourceProperties("AWS::Lambda::Url", Map.of(
                "Cors", Map.of(
                        "AllowOrigins", List.of("https://app.example.com"),
                        "AllowMethods", List.of("*"),
                        "AllowHeaders", List.of("authorization", "content-type",
                                "x-amz-content-sha256", "x-amz-date", "x-amz-security-token"))));
    }

    @Test
    void function_startsSkiffsRuntimeThroughTheExecWrapperOfThePackage() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", HttpApiTest.HANDLER,
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "Environment", Map.of("Variables", Map.of(
                        "AWS_LAMBDA_EXEC_WRAPPER", "/var/task/skiff-exec-wrapper",
                        "POWERTOOLS_SERVICE_NAME", "StreamApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "StreamApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO"))));
    }

    @Test
    void function_runsWithoutTheWebAdapter() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Layers", Match.absent(),
                "Environment", Map.of("Variables", Match.objectEquals(Map.of(
                        "AWS_LAMBDA_EXEC_WRAPPER", "/var/task/skiff-exec-wrapper",
                        "POWERTOOLS_SERVICE_NAME", "StreamApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "StreamApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO")))));
    }

    @Test
    void function_keepsTracingLogGroupAndSnapStart() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "TracingConfig", Map.of("Mode", "Active"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "LoggingConfig", Map.of("LogGroup", Map.of("Ref",
                        HttpApiTest.logicalId(api.getLogGroup(TestOperations.GET_ITEM))))));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        template.resourceCountIs("AWS::Lambda::Version", 1);
    }

    @Test
    void package_isTheDirectoryAsBuiltWithItsScriptsStillExecutable() throws IOException {
        Path wrapper = stagedFile(assemblyDir, "skiff-exec-wrapper");
        Path staged = wrapper.getParent();
        assertThat(staged.resolve("lib/app.jar")).hasSameTextualContentAs(packageDirectory.resolve("lib/app.jar"));
        assertThat(staged.resolve("run.sh")).doesNotExist();
        for (Path script : List.of(wrapper, staged.resolve("bootstrap"))) {
            assertThat(Files.getPosixFilePermissions(script))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        }
    }

    @Test
    void grant_allowsUrlInvocationOnlyThroughAnIamAuthenticatedUrl() {
        Map<String, Object> alias = Map.of("Ref", HttpApiTest.logicalId(api.getAlias(TestOperations.LIST_ITEMS)));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(
                        Map.of("Action", "lambda:InvokeFunctionUrl",
                                "Condition", Map.of("StringEquals",
                                        Map.of("lambda:FunctionUrlAuthType", "AWS_IAM")),
                                "Effect", "Allow",
                                "Resource", alias),
                        Map.of("Action", "lambda:InvokeFunction",
                                "Condition", Map.of("Bool",
                                        Map.of("lambda:InvokedViaFunctionUrl", "true")),
                                "Effect", "Allow",
                                "Resource", alias)))));
    }

    @Test
    void output_holdsTheFunctionUrl() {
        template.hasOutput("StreamApiUrl", Map.of("Value", Map.of(
                "Fn::GetAtt", List.of(HttpApiTest.logicalId(api.getFunctionUrl().orElseThrow()), "FunctionUrl"))));
    }

    @Test
    void nothingElseIsGranted() {
        template.resourceCountIs("AWS::Lambda::Permission", 0);
        template.hasResourceProperties("AWS::Lambda::Url", Match.not(Map.of("AuthType", "NONE")));
    }

    /** The first file of that name in the cloud assembly, where CDK stages every asset. */
    static Path stagedFile(Path assemblyDir, String name) throws IOException {
        try (Stream<Path> files = Files.walk(assemblyDir)) {
            return files.filter(p -> p.getFileName().toString().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not staged under " + assemblyDir));
        }
    }
}
