package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Function;
import software.constructs.IConstruct;

/**
 * An HTTP_API api with every other default (one isolated function per operation), and the same
 * api with a SHARED function: one synth shared by all assertions.
 */
class HttpApiTest {

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";

    /** Each operation of {@link TestOperations}, its route key and the construct its function sits under. */
    static final Map<TestOperations, String> ROUTE_KEYS = Map.of(
            TestOperations.LIST_ITEMS, "GET /items",
            TestOperations.CREATE_ITEM, "POST /items",
            TestOperations.STREAM_ITEMS, "GET /items/stream",
            TestOperations.GET_ITEM, "GET /items/{id}",
            TestOperations.DELETE_ITEM, "DELETE /items/{id}");
    static final Map<TestOperations, String> SCOPES = Map.of(
            TestOperations.LIST_ITEMS, "ListItems",
            TestOperations.CREATE_ITEM, "CreateItem",
            TestOperations.STREAM_ITEMS, "StreamItems",
            TestOperations.GET_ITEM, "GetItem",
            TestOperations.DELETE_ITEM, "DeleteItem");

    static SkiffApi<TestOperations> api;
    static Template template;
    static SkiffApi<TestOperations> sharedApi;
    static Template shared;

    @BeforeAll
    static void synth() {
        // GIVEN a stack with an HTTP API with every other default and a role that is granted access
        App app = new App();
        Stack stack = new Stack(app, "Http");
        api = new SkiffApi<>(stack, "ItemsApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.HTTP_API)
                .jarPath(TestJars.create("items.jar"))
                .handler(HANDLER)
                .build());
        Role caller = Role.Builder.create(stack, "Caller").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(caller);
        // AND the same API served by one shared function
        Stack sharedStack = new Stack(app, "HttpShared");
        sharedApi = new SkiffApi<>(sharedStack, "SharedApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.HTTP_API)
                .integrationPattern(IntegrationPattern.SHARED)
                .jarPath(TestJars.create("items.jar"))
                .handler(HANDLER)
                .build());
        // WHEN they are synthesised
        template = Template.fromStack(stack);
        shared = Template.fromStack(sharedStack);
    }

    @Test
    void function_hasJava21DefaultsTracingAndSnapStart() {
        template.resourceCountIs("AWS::Lambda::Function", 5);
        template.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Handler", HANDLER,
                "MemorySize", 1024,
                "Timeout", 30,
                "Architectures", List.of("x86_64"),
                "TracingConfig", Map.of("Mode", "Active"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void functions_oneIsolatedFunctionPerOperationUnderAConstructNamedAfterIt() {
        assertThat(api.getIntegrationPattern()).isEqualTo(IntegrationPattern.ISOLATED);
        assertThat(api.getFunctions()).hasSize(5).doesNotHaveDuplicates();
        for (TestOperations operation : TestOperations.values()) {
            IConstruct scope = api.getNode().findChild(SCOPES.get(operation));
            assertThat(scope.getNode().findChild("Function")).isSameAs(api.getFunction(operation));
            assertThat(scope.getNode().findChild("Alias")).isSameAs(api.getAlias(operation));
            assertThat(scope.getNode().findChild("LogGroup")).isSameAs(api.getLogGroup(operation));
        }
        assertThat(api.getNode().tryFindChild("Function")).isNull();
    }

    @Test
    void functions_eachServeTheirOperationOnly() {
        for (TestOperations operation : TestOperations.values()) {
            Map<String, Object> properties = properties(template, "AWS::Lambda::Function", api.getFunction(operation));
            assertThat(map(map(properties.get("Environment")).get("Variables")))
                    .as(operation.name())
                    .containsEntry("SKIFF_OPERATION", operation.operationId());
            assertThat(properties.get("Description")).isEqualTo("Skiff API ItemsApi: " + operation.operationId()
                    + " (" + ROUTE_KEYS.get(operation) + ")");
        }
    }

    @Test
    void function_hasPowertoolsVariablesNamedAfterTheApi() {
        template.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Map.of(
                        "POWERTOOLS_SERVICE_NAME", "ItemsApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "ItemsApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO",
                        "AWS_LAMBDA_EXEC_WRAPPER", Match.absent()))));
    }

    @Test
    void function_logsToItsOwnLogGroupWithRetention() {
        Set<String> logGroups = new HashSet<>();
        for (TestOperations operation : TestOperations.values()) {
            String logGroup = logicalId(api.getLogGroup(operation));
            logGroups.add(logGroup);
            assertThat(properties(template, "AWS::Logs::LogGroup", api.getLogGroup(operation)))
                    .containsEntry("RetentionInDays", 30);
            assertThat(properties(template, "AWS::Lambda::Function", api.getFunction(operation)).get("LoggingConfig"))
                    .isEqualTo(Map.of("LogGroup", Map.of("Ref", logGroup)));
        }
        assertThat(logGroups).hasSize(5);
    }

    @Test
    void alias_pointsAtThePublishedVersion() {
        template.resourceCountIs("AWS::Lambda::Version", 5);
        template.resourceCountIs("AWS::Lambda::Alias", 5);
        for (TestOperations operation : TestOperations.values()) {
            Function function = api.getFunction(operation);
            assertThat(properties(template, "AWS::Lambda::Alias", api.getAlias(operation))).isEqualTo(Map.of(
                    "Name", "live",
                    "FunctionName", Map.of("Ref", logicalId(function)),
                    "FunctionVersion", Map.of("Fn::GetAtt",
                            List.of(logicalId(function.getCurrentVersion()), "Version"))));
        }
    }

    @Test
    void routes_sendEachOperationToItsFunctionsAliasWithIamAuth() {
        template.resourceCountIs("AWS::ApiGatewayV2::Route", 5);
        template.allResourcesProperties("AWS::ApiGatewayV2::Route", Map.of("AuthorizationType", "AWS_IAM"));
        template.resourceCountIs("AWS::ApiGatewayV2::Integration", 5);
        template.allResourcesProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY",
                "PayloadFormatVersion", "2.0"));
        for (TestOperations operation : TestOperations.values()) {
            Map<String, Object> route = route(template, ROUTE_KEYS.get(operation));
            assertThat(route.get("AuthorizationType")).isEqualTo("AWS_IAM");
            assertThat(integrationUri(template, route)).as(ROUTE_KEYS.get(operation))
                    .isEqualTo(Map.of("Ref", logicalId(api.getAlias(operation))));
        }
    }

    @Test
    void routes_areTheOperationsOnlyWithoutProxyOrPreflightRoutes() {
        List<String> keys = routeKeys(template);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(ROUTE_KEYS.values());
        assertThat(keys).noneMatch(key -> key.startsWith("OPTIONS ") || key.startsWith("ANY ")
                || key.contains("{proxy+}"));
    }

    @Test
    void cors_allowsAnyOriginAndTheSigningHeaders() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "Name", "ItemsApi",
                "ProtocolType", "HTTP",
                "CorsConfiguration", Map.of(
                        "AllowOrigins", List.of("*"),
                        "AllowMethods", List.of("*"),
                        "AllowHeaders", List.of("authorization", "content-type",
                                "x-amz-content-sha256", "x-amz-date", "x-amz-security-token"))));
    }

    @Test
    void apiGateway_mayInvokeTheAliasesOnly() {
        template.allResourcesProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "Principal", "apigateway.amazonaws.com"));
        Set<Object> invoked = new HashSet<>();
        template.findResources("AWS::Lambda::Permission").values()
                .forEach(r -> invoked.add(map(r.get("Properties")).get("FunctionName")));
        Set<Object> aliases = new HashSet<>();
        for (TestOperations operation : TestOperations.values()) {
            aliases.add(Map.of("Ref", logicalId(api.getAlias(operation))));
        }
        assertThat(invoked).isEqualTo(aliases);
    }

    @Test
    void grant_givesExecuteApiInvokeOnEveryStageMethodAndPath() {
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Action", "execute-api:Invoke",
                        "Effect", "Allow",
                        "Resource", Map.of("Fn::Join", List.of("", List.of(
                                "arn:", Map.of("Ref", "AWS::Partition"),
                                ":execute-api:", Map.of("Ref", "AWS::Region"),
                                ":", Map.of("Ref", "AWS::AccountId"),
                                ":", Map.of("Ref", logicalId(api.getHttpApi().orElseThrow())),
                                "/*/*/*"))))))));
    }

    @Test
    void output_namedAfterTheApiHoldsTheUrl() {
        template.hasOutput("ItemsApiUrl", Map.of("Value", Match.objectLike(Map.of("Fn::Join", Match.anyValue()))));
        assertThat(api.getFunctionUrl()).isEmpty();
        assertThat(api.getRestApi()).isEmpty();
        assertThat(api.getHttpApi()).isPresent();
        assertThat(api.getApiType()).isEqualTo(ApiType.HTTP_API);
    }

    @Test
    void waf_isNotAvailableOnAnHttpApi() {
        template.resourceCountIs("AWS::WAFv2::WebACL", 0);
        assertThat(api.getWebAcl()).isEmpty();
    }

    @Test
    void runtimeConfig_mapsTheApiNameToItsUrl() {
        RuntimeConfig config = RuntimeConfig.ensure(api);
        assertThat(config.apiUrls()).containsOnlyKeys("ItemsApi", "SharedApi");
        assertThat(config.apiUrls().get("ItemsApi")).isEqualTo(api.getUrl());
    }

    @Test
    void shared_oneFunctionDirectlyUnderTheApiServesEveryOperation() {
        assertThat(sharedApi.getIntegrationPattern()).isEqualTo(IntegrationPattern.SHARED);
        shared.resourceCountIs("AWS::Lambda::Function", 1);
        shared.resourceCountIs("AWS::Lambda::Version", 1);
        shared.resourceCountIs("AWS::Lambda::Alias", 1);
        shared.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Description", "Skiff API SharedApi",
                "Environment", Map.of("Variables", Match.objectEquals(Map.of(
                        "POWERTOOLS_SERVICE_NAME", "SharedApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "SharedApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO")))));
        assertThat(sharedApi.getFunctions()).containsExactly(sharedApi.getFunction(TestOperations.LIST_ITEMS));
        for (TestOperations operation : TestOperations.values()) {
            assertThat(sharedApi.getFunction(operation)).isSameAs(sharedApi.getNode().findChild("Function"));
            assertThat(sharedApi.getAlias(operation)).isSameAs(sharedApi.getNode().findChild("Alias"));
            assertThat(sharedApi.getLogGroup(operation)).isSameAs(sharedApi.getNode().findChild("LogGroup"));
            assertThat(sharedApi.getNode().tryFindChild(SCOPES.get(operation))).isNull();
        }
    }

    @Test
    void shared_everyRouteGoesThroughOneIntegrationToTheAlias() {
        assertThat(routeKeys(shared)).containsExactlyInAnyOrderElementsOf(ROUTE_KEYS.values());
        shared.allResourcesProperties("AWS::ApiGatewayV2::Route", Map.of("AuthorizationType", "AWS_IAM"));
        shared.resourceCountIs("AWS::ApiGatewayV2::Integration", 1);
        Map<String, Object> alias = Map.of("Ref", logicalId(sharedApi.getAlias(TestOperations.GET_ITEM)));
        for (String key : ROUTE_KEYS.values()) {
            assertThat(integrationUri(shared, route(shared, key))).as(key).isEqualTo(alias);
        }
        shared.allResourcesProperties("AWS::Lambda::Permission", Map.of("FunctionName", alias));
    }

    static String logicalId(IConstruct construct) {
        return Stack.of(construct).resolve(
                ((software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild()).getLogicalId())
                .toString();
    }

    /** The properties of the resource {@code construct} synthesised to. */
    static Map<String, Object> properties(Template template, String type, IConstruct construct) {
        Map<String, Object> resource = template.findResources(type).get(logicalId(construct));
        assertThat(resource).as("%s %s", type, construct.getNode().getPath()).isNotNull();
        return map(resource.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object json) {
        assertThat(json).isInstanceOf(Map.class);
        return (Map<String, Object>) json;
    }

    static List<String> routeKeys(Template template) {
        return template.findResources("AWS::ApiGatewayV2::Route").values().stream()
                .map(r -> (String) map(r.get("Properties")).get("RouteKey"))
                .toList();
    }

    /** The properties of the one route with this key. */
    static Map<String, Object> route(Template template, String routeKey) {
        List<Map<String, Object>> routes = template.findResources("AWS::ApiGatewayV2::Route",
                        Map.of("Properties", Map.of("RouteKey", routeKey))).values().stream()
                .map(r -> map(r.get("Properties")))
                .toList();
        assertThat(routes).as(routeKey).hasSize(1);
        return routes.get(0);
    }

    /** Where the integration a route targets ({@code integrations/<id>}) sends requests. */
    static Object integrationUri(Template template, Map<String, Object> route) {
        List<?> join = (List<?>) map(route.get("Target")).get("Fn::Join");
        List<?> parts = (List<?>) join.get(1);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo("integrations/");
        String integration = (String) map(parts.get(1)).get("Ref");
        Map<String, Object> resource = template.findResources("AWS::ApiGatewayV2::Integration").get(integration);
        assertThat(resource).as("integration %s", integration).isNotNull();
        return map(resource.get("Properties")).get("IntegrationUri");
    }
}
