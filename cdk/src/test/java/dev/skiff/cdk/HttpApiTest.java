package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.Role;

/** An API_GATEWAY api with every default: one synth shared by all assertions. */
class HttpApiTest {

    static final String HANDLER = "dev.skiff.samples.items.ItemsLambdaHandler::handleRequest";

    static SkiffApi api;
    static Template template;

    @BeforeAll
    static void synth() {
        // GIVEN a stack with a default API and a role that is granted access
        App app = new App();
        Stack stack = new Stack(app, "Http");
        api = new SkiffApi(stack, "ItemsApi", SkiffApiProps.builder()
                .jarPath(TestJars.create("items.jar"))
                .handler(HANDLER)
                .build());
        Role caller = Role.Builder.create(stack, "Caller").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(caller);
        // WHEN it is synthesised
        template = Template.fromStack(stack);
    }

    @Test
    void function_hasJava21DefaultsTracingAndSnapStart() {
        template.resourceCountIs("AWS::Lambda::Function", 1);
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Handler", HANDLER,
                "MemorySize", 1024,
                "Timeout", 30,
                "Architectures", List.of("x86_64"),
                "TracingConfig", Map.of("Mode", "Active"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void function_hasPowertoolsVariablesNamedAfterTheApi() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Environment", Map.of("Variables", Map.of(
                        "POWERTOOLS_SERVICE_NAME", "ItemsApi",
                        "POWERTOOLS_METRICS_NAMESPACE", "ItemsApi",
                        "POWERTOOLS_LOG_LEVEL", "INFO"))));
    }

    @Test
    void function_logsToItsOwnLogGroupWithRetention() {
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "LoggingConfig", Map.of("LogGroup", Map.of("Ref", logicalId(api.getLogGroup())))));
    }

    @Test
    void alias_pointsAtThePublishedVersion() {
        template.resourceCountIs("AWS::Lambda::Version", 1);
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Version"))));
    }

    @Test
    void routes_sendEveryMethodOnRootAndProxyToTheAliasWithIamAuth() {
        for (String key : List.of("ANY /", "ANY /{proxy+}")) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                    "RouteKey", key,
                    "AuthorizationType", "AWS_IAM"));
        }
        template.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY",
                "PayloadFormatVersion", "2.0",
                "IntegrationUri", Map.of("Ref", logicalId(api.getAlias()))));
    }

    @Test
    void preflight_passesWithoutCredentials() {
        for (String key : List.of("OPTIONS /", "OPTIONS /{proxy+}")) {
            template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                    "RouteKey", key,
                    "AuthorizationType", "NONE"));
        }
        template.resourceCountIs("AWS::ApiGatewayV2::Route", 4);
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
    void apiGateway_mayInvokeTheAliasOnly() {
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "Principal", "apigateway.amazonaws.com",
                "FunctionName", Map.of("Ref", logicalId(api.getAlias()))));
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
        assertThat(api.getApiType()).isEqualTo(ApiType.API_GATEWAY);
    }

    @Test
    void runtimeConfig_mapsTheApiNameToItsUrl() {
        RuntimeConfig config = RuntimeConfig.ensure(api);
        assertThat(config.apiUrls()).containsOnlyKeys("ItemsApi");
        assertThat(config.apiUrls().get("ItemsApi")).isEqualTo(api.getUrl());
    }

    static String logicalId(software.constructs.IConstruct construct) {
        return Stack.of(construct).resolve(
                ((software.amazon.awscdk.CfnElement) construct.getNode().getDefaultChild()).getLogicalId())
                .toString();
    }
}
