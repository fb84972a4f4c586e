package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * The choices beyond the defaults, one stack each, synthesised once in one app: HTTP APIs (one
 * isolated function per operation) with Cognito JWT auth and restricted origins, public, Java 25
 * tuned, and from a package directory; and a native binary on Skiff's runtime and behind the Web
 * Adapter, each a FUNCTION_URL on one shared function.
 */
class VariantsTest {

    static Template cognito;
    static Template open;
    static Template java25;
    static Template httpPackage;
    static Template nativeUrl;
    static Template nativeWebAdapter;
    static SkiffApi<TestOperations> cognitoApi;
    static UserPool pool;
    static UserPoolClient client;

    @BeforeAll
    static void synth() {
        App app = new App();
        Stack cognitoStack = new Stack(app, "Cognito");
        pool = UserPool.Builder.create(cognitoStack, "Users").build();
        client = pool.addClient("Web");
        cognitoApi = new SkiffApi<>(cognitoStack, "CognitoApi", base()
                .auth(ApiAuth.cognito(pool, List.of(client)))
                .allowedOrigins(List.of("https://app.example.com", "http://localhost:4200"))
                .build());

        Stack openStack = new Stack(app, "Open");
        new SkiffApi<>(openStack, "OpenApi", base().auth(ApiAuth.none()).build());

        Stack java25Stack = new Stack(app, "Java25");
        new SkiffApi<>(java25Stack, "Tuned", base()
                .apiName("TunedApi")
                .runtime(SkiffRuntime.JAVA_25)
                .memorySize(2048)
                .timeout(Duration.seconds(10))
                .tracing(false)
                .logRetention(RetentionDays.ONE_WEEK)
                .serviceName("tuned")
                .metricsNamespace("Skiff")
                .logLevel("debug")
                .environment(Map.of("STAGE", "test", "POWERTOOLS_LOG_LEVEL", "WARN"))
                .build());

        Stack httpPackageStack = new Stack(app, "HttpPackage");
        new SkiffApi<>(httpPackageStack, "PackagedApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.HTTP_API)
                .packageDirectory(TestJars.packageDirectory())
                .handler(HttpApiTest.HANDLER)
                .build());

        Stack nativeStack = new Stack(app, "Native");
        new SkiffApi<>(nativeStack, "NativeApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .runtime(SkiffRuntime.NATIVE)
                .packageDirectory(TestJars.nativePackageDirectory())
                .build());

        Stack nativeWebAdapterStack = new Stack(app, "NativeWebAdapter");
        new SkiffApi<>(nativeWebAdapterStack, "NativeAdaptedApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .streamingRuntime(StreamingRuntime.WEB_ADAPTER)
                .runtime(SkiffRuntime.NATIVE)
                .code(Code.fromAsset(TestJars.nativePackageDirectory().toString()))
                .build());

        cognito = Template.fromStack(cognitoStack);
        open = Template.fromStack(openStack);
        java25 = Template.fromStack(java25Stack);
        httpPackage = Template.fromStack(httpPackageStack);
        nativeUrl = Template.fromStack(nativeStack);
        nativeWebAdapter = Template.fromStack(nativeWebAdapterStack);
    }

    static SkiffApiProps.Builder<TestOperations> base() {
        return SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.HTTP_API)
                .jarPath(TestJars.create("app.jar"))
                .handler(HttpApiTest.HANDLER);
    }

    @Test
    void cognito_addsAJwtAuthorizerForThePoolAndClient() {
        cognito.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of(
                "AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of(
                        "Audience", List.of(Map.of("Ref", HttpApiTest.logicalId(client))),
                        "Issuer", Match.objectLike(Map.of("Fn::Join", Match.anyValue())))));
        cognito.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 1);
        String authorizer = cognito.findResources("AWS::ApiGatewayV2::Authorizer").keySet().iterator().next();
        cognito.allResourcesProperties("AWS::ApiGatewayV2::Route", Map.of(
                "AuthorizationType", "JWT",
                "AuthorizerId", Map.of("Ref", authorizer)));
    }

    @Test
    void cognito_authorisesEveryOperationsRouteAndLeavesPreflightToTheCorsConfiguration() {
        assertThat(HttpApiTest.routeKeys(cognito))
                .containsExactlyInAnyOrderElementsOf(HttpApiTest.ROUTE_KEYS.values())
                .noneMatch(key -> key.startsWith("OPTIONS ") || key.contains("{proxy+}"));
    }

    @Test
    void cognito_corsAllowsOnlyTheListedOrigins() {
        cognito.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "CorsConfiguration", Map.of(
                        "AllowOrigins", List.of("https://app.example.com", "http://localhost:4200"))));
    }

    @Test
    void none_makesEveryRoutePublicWithoutSeparatePreflightRoutes() {
        assertThat(HttpApiTest.routeKeys(open))
                .containsExactlyInAnyOrderElementsOf(HttpApiTest.ROUTE_KEYS.values());
        open.resourceCountIs("AWS::ApiGatewayV2::Authorizer", 0);
        open.allResourcesProperties("AWS::ApiGatewayV2::Route", Map.of("AuthorizationType", "NONE"));
    }

    @Test
    void java25_appliesTheTunedPropsToEveryFunction() {
        java25.resourceCountIs("AWS::Lambda::Function", 5);
        java25.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java25",
                "MemorySize", 2048,
                "Timeout", 10,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Map.of(
                        "POWERTOOLS_SERVICE_NAME", "tuned",
                        "POWERTOOLS_METRICS_NAMESPACE", "Skiff",
                        "POWERTOOLS_LOG_LEVEL", "WARN",
                        "STAGE", "test"))));
        java25.allResourcesProperties("AWS::Lambda::Function",
                Map.of("TracingConfig", Match.absent()));
        java25.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 7));
        java25.hasOutput("TunedApiUrl", Match.anyValue());
    }

    @Test
    void httpApiFromPackageDirectory_callsTheHandlerBufferedWithoutWrapper() {
        // Even the streaming operation's function: an HTTP API answers whole.
        httpPackage.resourceCountIs("AWS::Lambda::Function", 5);
        httpPackage.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Handler", HttpApiTest.HANDLER,
                "Layers", Match.absent(),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Map.of(
                        "AWS_LAMBDA_EXEC_WRAPPER", Match.absent(),
                        "POWERTOOLS_SERVICE_NAME", "PackagedApi"))));
        httpPackage.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
    }

    @Test
    void native_runsItsBootstrapOnProvidedAl2023WithoutSnapStartWrapperOrLayer() {
        nativeUrl.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "provided.al2023",
                "Handler", "bootstrap",
                "SnapStart", Match.absent(),
                "Layers", Match.absent(),
                "Environment", Map.of("Variables", Match.objectEquals(Map.of(
                        "POWERTOOLS_SERVICE_NAME", "NativeApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "NativeApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO")))));
        nativeUrl.hasResourceProperties("AWS::Lambda::Url", Map.of("InvokeMode", "RESPONSE_STREAM"));
        nativeUrl.resourceCountIs("AWS::Lambda::Function", 1);
        nativeUrl.resourceCountIs("AWS::Lambda::Alias", 1);
    }

    @Test
    void nativeBehindWebAdapter_runsTheAdapterAsAnExtensionWithoutExecWrapper() {
        nativeWebAdapter.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "provided.al2023",
                "Handler", "bootstrap",
                "SnapStart", Match.absent(),
                "Environment", Map.of("Variables", Map.of(
                        "AWS_LAMBDA_EXEC_WRAPPER", Match.absent(),
                        "AWS_LWA_INVOKE_MODE", "response_stream"))));
        nativeWebAdapter.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Layers", List.of(Match.objectLike(Map.of("Fn::Join", List.of("", List.of(
                        "arn:aws:lambda:", Map.of("Ref", "AWS::Region"),
                        ":753240598075:layer:LambdaAdapterLayerX86:26")))))));
    }

    @Test
    void runtimeConfig_collectsEveryApiOfTheApp() {
        assertThat(RuntimeConfig.ensure(cognitoApi).apiUrls()).containsOnlyKeys(
                "CognitoApi", "NativeAdaptedApi", "NativeApi", "OpenApi", "PackagedApi", "TunedApi");
    }
}
