package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;

/**
 * Every front door × integration pattern × auth combination the construct allows, synthesised:
 * what each method or route requires, which function each operation reaches, and whether it
 * streams. All templates then go through cfn-guard's Control Tower rules (and Skiff's REST method
 * rule) and the CloudFormation lint in one run; a public API ({@link ApiAuth#none()}) is, rightly,
 * what those rules reject.
 */
class CombinationsTest {

    private static final Path PACKAGE = TestJars.packageDirectory();
    private static final Map<String, Map<String, Object>> AUTHORISED = new LinkedHashMap<>();
    private static final Map<String, Map<String, Object>> PUBLIC = new LinkedHashMap<>();

    /** An auth choice, made in the stack (a user pool or an authorizer function lives there). */
    record Auth(String name, Function<Stack, ApiAuth> make, String restType, String httpType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Auth> AUTHS = List.of(
            new Auth("iam", s -> ApiAuth.iam(), "AWS_IAM", "AWS_IAM"),
            new Auth("cognito", CombinationsTest::cognito, "COGNITO_USER_POOLS", "JWT"),
            new Auth("custom", s -> ApiAuth.custom(software.amazon.awscdk.services.lambda.Function.Builder
                    .create(s, "MyAuthorizer").runtime(Runtime.NODEJS_22_X).handler("index.handler")
                    .code(Code.fromInline("exports.handler = async () => ({})")).build()), "CUSTOM", "CUSTOM"),
            new Auth("customDenyAll", s -> ApiAuth.custom(), "CUSTOM", "CUSTOM"),
            new Auth("none", s -> ApiAuth.none(), "NONE", "NONE"));

    static List<Object[]> combinations() {
        List<Object[]> all = new ArrayList<>();
        for (ApiType type : List.of(ApiType.REST_API, ApiType.HTTP_API)) {
            for (IntegrationPattern pattern : IntegrationPattern.values()) {
                for (Auth auth : AUTHS) {
                    all.add(new Object[] {type, pattern, auth});
                }
            }
        }
        return all;
    }

    @BeforeAll
    static void clear() {
        AUTHORISED.clear();
        PUBLIC.clear();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("combinations")
    void everyOperationIsReachableAuthorisedAsChosen(ApiType type, IntegrationPattern pattern, Auth auth) {
        Stack stack = new Stack(new App(), "Combo");
        SkiffApi<TestOperations> api = new SkiffApi<>(stack, "ItemsApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(type)
                .integrationPattern(pattern)
                .auth(auth.make().apply(stack))
                .packageDirectory(PACKAGE)
                .handler("com.example.ItemsHandler::handleRequest")
                .build());
        Template template = Template.fromStack(stack);

        int functions = pattern == IntegrationPattern.ISOLATED ? TestOperations.values().length : 1;
        assertThat(api.getFunctions()).hasSize(functions);
        for (TestOperations op : TestOperations.values()) {
            String variable = pattern == IntegrationPattern.ISOLATED ? op.operationId() : null;
            assertThat(api.getFunction(op).getNode().getPath()).contains(
                    pattern == IntegrationPattern.ISOLATED ? "/" + Names.of(op) + "/Function"
                            : "/ItemsApi/Function");
            assertThat(CombinationsTestSupport.environment(stack, api, op).get("SKIFF_OPERATION")).isEqualTo(variable);
        }
        if (type == ApiType.REST_API) {
            assertRestMethods(template, auth);
            assertEachMethodReachesItsOperationsAlias(stack, api, template);
        } else {
            assertHttpRoutes(template, auth);
        }
        String name = type + "-" + pattern + "-" + auth;
        (auth.name().equals("none") ? PUBLIC : AUTHORISED).put(name, template.toJSON());
    }

    /** A Function URL: one shared function, IAM only, streamed by either runtime. */
    @ParameterizedTest(name = "FUNCTION_URL SHARED iam {0}")
    @org.junit.jupiter.params.provider.EnumSource(StreamingRuntime.class)
    void aFunctionUrlIsOneIamUrlOnOneStreamingFunction(StreamingRuntime runtime) {
        Stack stack = new Stack(new App(), "Url");
        SkiffApiProps.Builder<TestOperations> props = SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .streamingRuntime(runtime)
                .packageDirectory(PACKAGE);
        if (runtime == StreamingRuntime.WEB_ADAPTER) {
            props.mainClass("com.example.ItemsApplication");
        } else {
            props.handler("com.example.ItemsHandler::handleRequest");
        }
        SkiffApi<TestOperations> api = new SkiffApi<>(stack, "ItemsApi", props.build());
        Template template = Template.fromStack(stack);

        assertThat(api.getIntegrationPattern()).isEqualTo(IntegrationPattern.SHARED);
        assertThat(api.getFunctions()).hasSize(1);
        template.resourceCountIs("AWS::Lambda::Url", 1);
        template.hasResourceProperties("AWS::Lambda::Url", Match.objectLike(Map.of(
                "AuthType", "AWS_IAM", "InvokeMode", "RESPONSE_STREAM")));
        AUTHORISED.put("FUNCTION_URL-SHARED-iam-" + runtime, template.toJSON());
    }

    private static void assertRestMethods(Template template, Auth auth) {
        // 5 operations, plus an unauthorised preflight on each of the 4 resources (/, /items, /items/stream, /items/{id}).
        template.resourceCountIs("AWS::ApiGateway::Method", 9);
        template.resourcePropertiesCountIs("AWS::ApiGateway::Method",
                Match.objectLike(Map.of("HttpMethod", "OPTIONS", "AuthorizationType", "NONE")), 4);
        template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", Match.not(Match.exact("OPTIONS")),
                "AuthorizationType", auth.restType())), 5);
        template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "Integration", Match.objectLike(Map.of("ResponseTransferMode", "STREAM")))), 1);
        // The streaming method calls InvokeWithResponseStream; the others the plain Invoke API.
        Map<String, Map<String, Object>> methods = template.findResources("AWS::ApiGateway::Method",
                Match.objectLike(Map.of("Properties", Match.objectLike(Map.of(
                        "Integration", Match.objectLike(Map.of("Type", "AWS_PROXY")))))));
        assertThat(methods).hasSize(5);
        methods.values().forEach(m -> {
            String integration = m.get("Properties").toString();
            assertThat(integration.contains("response-streaming-invocations"))
                    .isEqualTo(integration.contains("ResponseTransferMode=STREAM"));
        });
        if (auth.name().equals("cognito")) {
            template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                    "AuthorizationScopes", ApiAuth.COGNITO_SCOPES)), 5);
        }
        template.resourceCountIs("AWS::WAFv2::WebACL", 1);
    }

    /** Each operation's method calls the alias of the function that serves that operation. */
    private static void assertEachMethodReachesItsOperationsAlias(Stack stack, SkiffApi<TestOperations> api,
            Template template) {
        for (TestOperations op : TestOperations.values()) {
            String alias = stack.getLogicalId(
                    (software.amazon.awscdk.CfnElement) api.getAlias(op).getNode().getDefaultChild());
            Map<String, Map<String, Object>> methods = template.findResources("AWS::ApiGateway::Method",
                    Match.objectLike(Map.of("Properties", Match.objectLike(Map.of("HttpMethod", op.method())))));
            assertThat(methods.values().stream().map(Object::toString)
                    .filter(m -> m.contains("Ref=" + alias + "}")))
                    .as("%s %s reaches %s", op.method(), op.path(), alias)
                    .isNotEmpty();
        }
    }

    private static void assertHttpRoutes(Template template, Auth auth) {
        template.resourceCountIs("AWS::ApiGatewayV2::Route", TestOperations.values().length);
        for (TestOperations op : TestOperations.values()) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Match.objectLike(Map.of(
                    "RouteKey", op.method() + " " + op.path(),
                    "AuthorizationType", auth.httpType())));
        }
        template.resourceCountIs("AWS::WAFv2::WebACL", 0);
    }

    private static ApiAuth cognito(Stack stack) {
        UserPool pool = new UserPool(stack, "Users");
        UserPoolClient client = pool.addClient("Web", UserPoolClientOptions.builder().build());
        return ApiAuth.cognito(pool, List.of(client));
    }

    /** One run of the tools over every authorised combination; then the public ones, which must fail. */
    @AfterAll
    static void templatesPassControlTowerRulesAndTheLint() {
        assertThat(AUTHORISED).hasSize(18);
        TemplateChecks.assertAllCompliant(AUTHORISED);

        TemplateChecks.Result open = TemplateChecks.check(PUBLIC);
        assertThat(open.passed()).isFalse();
        assertThat(open.output()).contains("[CT.APIGATEWAY.PR.5] Properties.AuthorizationType is \"NONE\"")
                .contains("[SKIFF.APIGATEWAY.REST.1] Properties.AuthorizationType is \"NONE\"");
    }
}
