package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;

/** The default front door: a REST API with one function per operation. */
class RestApiTest {

    private final Stack stack = new Stack(new App(), "Rest");

    private SkiffApi<TestOperations> api(SkiffApiProps.Builder<TestOperations> props) {
        return new SkiffApi<>(stack, "ItemsApi", props
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest")
                .build());
    }

    private static SkiffApiProps.Builder<TestOperations> defaults() {
        return SkiffApiProps.builder(TestOperations.class);
    }

    @Test
    void theStageLogsTracesAndThrottlesAsNxDoes() {
        api(defaults());
        Template template = Template.fromStack(stack);

        template.hasResourceProperties("AWS::ApiGateway::Stage", Match.objectLike(Map.of(
                "StageName", "prod",
                "TracingEnabled", true,
                "AccessLogSetting", Match.objectLike(Map.of(
                        "Format", Match.stringLikeRegexp("\"requestId\":\"\\$context.requestId\""))),
                "MethodSettings", List.of(Match.objectLike(Map.of(
                        "HttpMethod", "*", "ResourcePath", "/*",
                        "ThrottlingRateLimit", 10000, "ThrottlingBurstLimit", 5000,
                        "LoggingLevel", "ERROR"))))));
        template.hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "EndpointConfiguration", Map.of("Types", List.of("REGIONAL")))));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
    }

    @Test
    void multipartBodiesReachLambdaBase64Encoded() {
        api(defaults());

        Template.fromStack(stack).hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "BinaryMediaTypes", List.of("multipart/form-data", "application/octet-stream", "application/pdf",
                        "application/zip", "image/*", "audio/*", "video/*"))));
    }

    @Test
    void aWebAclGuardsTheStageUnlessTurnedOff() {
        api(defaults());
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of(
                "Scope", "REGIONAL",
                "DefaultAction", Map.of("Allow", Map.of()),
                "Rules", List.of(
                        Match.objectLike(Map.of("Name", "CRSRule", "Priority", 0)),
                        Match.objectLike(Map.of("Name", "KnownBadInputsRule", "Priority", 1))))));
        template.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                "ResourceArn", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(
                        Map.of("Ref", Match.stringLikeRegexp("^ItemsApi[0-9A-F]{8}$")),
                        "/stages/",
                        Map.of("Ref", Match.stringLikeRegexp("^ItemsApiDeploymentStageprod")))))))),
                "WebACLArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^ItemsApiWebAcl"), "Arn"))));

        Stack off = new Stack(new App(), "NoWaf");
        new SkiffApi<>(off, "ItemsApi", defaults().waf(false).packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest").build());
        Template.fromStack(off).resourceCountIs("AWS::WAFv2::WebACL", 0);
    }

    @Test
    void underIamOnlyThePreflightIsOpenToAnyone() {
        api(defaults());
        Template.fromStack(stack).hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "Policy", Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
                        "Sid", "PreflightFromAnyone",
                        "Effect", "Allow",
                        "Principal", Map.of("AWS", "*"),
                        "Action", "execute-api:Invoke",
                        "Resource", "execute-api:/*/OPTIONS/*"))))));
    }

    @Test
    void onlyTheStreamingOperationsFunctionRunsSkiffsRuntime() {
        SkiffApi<TestOperations> api = api(defaults());
        Map<String, String> stream = CombinationsTestSupport.environment(stack, api, TestOperations.STREAM_ITEMS);
        Map<String, String> get = CombinationsTestSupport.environment(stack, api, TestOperations.GET_ITEM);

        assertThat(stream).containsEntry("AWS_LAMBDA_EXEC_WRAPPER", "/var/task/skiff-exec-wrapper")
                .containsEntry("SKIFF_OPERATION", "streamItems");
        assertThat(get).doesNotContainKey("AWS_LAMBDA_EXEC_WRAPPER").containsEntry("SKIFF_OPERATION", "getItem");
        // A stream may last as long as its function runs; the others keep API Gateway's 29 s.
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "Integration", Match.objectLike(Map.of("ResponseTransferMode", "STREAM", "TimeoutInMillis", 30000)))));
        template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "Integration", Match.objectLike(Map.of("ResponseTransferMode", "BUFFERED",
                        "TimeoutInMillis", Match.absent())))), 4);
    }

    /** A native bootstrap always runs Skiff's runtime: it must not stream to a buffered integration. */
    @Test
    void nativeFunctionsBehindABufferedIntegrationAnswerWhole() {
        SkiffApi<TestOperations> rest = new SkiffApi<>(stack, "ItemsApi", defaults().runtime(SkiffRuntime.NATIVE)
                .packageDirectory(TestJars.nativePackageDirectory()).build());
        Stack httpStack = new Stack(new App(), "NativeHttp");
        SkiffApi<TestOperations> http = new SkiffApi<>(httpStack, "ItemsApi", defaults().runtime(SkiffRuntime.NATIVE)
                .apiType(ApiType.HTTP_API).packageDirectory(TestJars.nativePackageDirectory()).build());

        assertThat(CombinationsTestSupport.environment(stack, rest, TestOperations.STREAM_ITEMS))
                .doesNotContainKey("SKIFF_RESPONSE_MODE");
        assertThat(CombinationsTestSupport.environment(stack, rest, TestOperations.GET_ITEM))
                .containsEntry("SKIFF_RESPONSE_MODE", "buffered");
        assertThat(CombinationsTestSupport.environment(httpStack, http, TestOperations.STREAM_ITEMS))
                .containsEntry("SKIFF_RESPONSE_MODE", "buffered");
    }

    @Test
    void operationOptionsChangeThatOperationsFunctionOnly() {
        SkiffApi<TestOperations> api = api(defaults()
                .memorySize(512)
                .operation(TestOperations.CREATE_ITEM, OperationOptions.builder()
                        .memorySize(2048)
                        .timeout(Duration.seconds(10))
                        .environment(Map.of("TABLE", "items"))
                        .policyStatements(List.of(PolicyStatement.Builder.create()
                                .actions(List.of("dynamodb:PutItem"))
                                .resources(List.of("arn:aws:dynamodb:eu-west-1:123456789012:table/items"))
                                .build()))
                        .build()));
        Template template = Template.fromStack(stack);

        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "MemorySize", 2048, "Timeout", 10,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "SKIFF_OPERATION", "createItem", "TABLE", "items"))))));
        template.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of("MemorySize", 512)), 4);
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
                        Map.of("Action", "dynamodb:PutItem")))))),
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("ItemsApiCreateItemFunctionServiceRole"))))));
        assertThat(api.getFunction(TestOperations.CREATE_ITEM)).isNotSameAs(api.getFunction(TestOperations.GET_ITEM));
    }

    @Test
    void grantsCoverEveryOperationOrOne() {
        SkiffApi<TestOperations> api = api(defaults());
        Role all = Role.Builder.create(stack, "All").assumedBy(new AccountRootPrincipal()).build();
        Role one = Role.Builder.create(stack, "One").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(all);
        api.grantInvokeAccess(one, TestOperations.DELETE_ITEM);
        Template template = Template.fromStack(stack);

        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("^One"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", "execute-api:Invoke",
                        "Resource", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of("/*/DELETE/items/*"))))))))))))));
        template.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("^All"))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Resource", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                                Match.arrayWith(List.of("/*/*/*"))))))))))))));
        // Within one account the role's own policy is enough: the resource policy stays as it was.
        assertThat(template.findResources("AWS::ApiGateway::RestApi").toString())
                .doesNotContain("execute-api:/*/*/*").doesNotContain("execute-api:/*/DELETE/items/*");
    }

    @Test
    void aRoleOfAnotherAccountIsAlsoAddedToTheResourcePolicy() {
        SkiffApi<TestOperations> api = api(defaults());
        api.grantInvokeAccess(Role.fromRoleArn(stack, "Partner", "arn:aws:iam::999999999999:role/partner"),
                TestOperations.LIST_ITEMS);
        Template.fromStack(stack).hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "Policy", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("AWS", "arn:aws:iam::999999999999:role/partner"),
                        "Resource", "execute-api:/*/GET/items")))))))));
    }

    /** The usual layout: the API in one stack, the website's role in another. */
    @Test
    void aRoleOfAnotherStackIsGrantedWithoutACycle() {
        App app = new App();
        Stack apiStack = new Stack(app, "ApiStack");
        Stack webStack = new Stack(app, "WebStack");
        SkiffApi<TestOperations> api = new SkiffApi<>(apiStack, "ItemsApi", defaults()
                .packageDirectory(TestJars.packageDirectory()).handler("com.example.H::handleRequest").build());
        Role web = Role.Builder.create(webStack, "Web").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(web);
        api.grantInvokeAccess(web, TestOperations.GET_ITEM);

        app.synth();
        Template.fromStack(webStack).resourceCountIs("AWS::IAM::Policy", 1);
    }

    @Test
    void aGrantThatReachesOtherOperationsIsWarnedAbout() {
        SkiffApi<TestOperations> api = api(defaults());
        Role role = Role.Builder.create(stack, "Reader").assumedBy(new AccountRootPrincipal()).build();
        api.grantInvokeAccess(role, TestOperations.GET_ITEM);
        api.grantInvokeAccess(role, TestOperations.CREATE_ITEM);

        software.amazon.awscdk.assertions.Annotations.fromStack(stack).hasWarning("/Rest/ItemsApi",
                Match.stringLikeRegexp("grantInvokeAccess for getItem also lets the grantee call streamItems: .*"));
        assertThat(software.amazon.awscdk.assertions.Annotations.fromStack(stack)
                .findWarning("/Rest/ItemsApi", Match.stringLikeRegexp(".*createItem also.*"))).isEmpty();
    }

    @Test
    void cognitoMethodsRequireNxsScopesAndCustomOnesATokenAuthorizer() {
        Stack cognito = new Stack(new App(), "Cognito");
        software.amazon.awscdk.services.cognito.UserPool pool = new software.amazon.awscdk.services.cognito.UserPool(
                cognito, "Users");
        new SkiffApi<>(cognito, "ItemsApi", defaults().auth(ApiAuth.cognito(pool, List.of(pool.addClient("Web"))))
                .packageDirectory(TestJars.packageDirectory()).handler("com.example.H::handleRequest").build());
        Template.fromStack(cognito).hasResourceProperties("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "AuthorizationType", "COGNITO_USER_POOLS",
                "AuthorizationScopes", List.of("openid", "aws.cognito.signin.user.admin"))));

        api(defaults().auth(ApiAuth.custom()));
        Template custom = Template.fromStack(stack);
        custom.hasResourceProperties("AWS::ApiGateway::Authorizer", Match.objectLike(Map.of(
                "Type", "TOKEN", "IdentitySource", "method.request.header.Authorization")));
        // The default authorizer denies every token.
        custom.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Code", Map.of("ZipFile", Match.stringLikeRegexp("Effect: 'Deny'")))));
    }

    @Test
    void functionsNameTheAllowedOriginAndApiGatewaysOwnErrorsToo() {
        SkiffApi<TestOperations> api = api(defaults());
        Template template = Template.fromStack(stack);

        assertThat(CombinationsTestSupport.environment(stack, api, TestOperations.GET_ITEM))
                .containsEntry("ALLOWED_ORIGINS", "*");
        for (String type : List.of("DEFAULT_4XX", "DEFAULT_5XX")) {
            template.hasResourceProperties("AWS::ApiGateway::GatewayResponse", Match.objectLike(Map.of(
                    "ResponseType", type,
                    "ResponseParameters", Map.of("gatewayresponse.header.Access-Control-Allow-Origin", "'*'"))));
        }
    }

    @Test
    void restrictCorsToReplacesAPreflightThatPickedAmongSeveralOrigins() {
        Stack before = new Stack(new App(), "Before");
        new SkiffApi<>(before, "ItemsApi", defaults()
                .allowedOrigins(List.of("https://a.example.com", "https://b.example.com"))
                .packageDirectory(TestJars.packageDirectory()).handler("com.example.H::handleRequest").build());
        SkiffApi<TestOperations> api = api(defaults()
                .allowedOrigins(List.of("https://a.example.com", "https://b.example.com")));
        api.restrictCorsTo("https://a.example.com");
        Template template = Template.fromStack(stack);

        template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "OPTIONS",
                "Integration", Match.objectLike(Map.of("IntegrationResponses", List.of(Match.objectLike(Map.of(
                        "ResponseTemplates", Match.absent(),
                        "ResponseParameters", Match.objectLike(Map.of(
                                "method.response.header.Access-Control-Allow-Origin",
                                "'https://a.example.com'"))))))))), 4);
        template.hasResourceProperties("AWS::ApiGateway::GatewayResponse", Match.objectLike(Map.of(
                "ResponseParameters", Map.of("gatewayresponse.header.Access-Control-Allow-Origin",
                        "'https://a.example.com'"))));
        // A new deployment, or the stage would keep serving the old preflight.
        assertThat(Template.fromStack(before).findResources("AWS::ApiGateway::Deployment").keySet())
                .doesNotContainAnyElementsOf(template.findResources("AWS::ApiGateway::Deployment").keySet());
    }

    @Test
    void restrictCorsToAnswersPreflightWithTheOriginAndTellsTheFunctions() {
        SkiffApi<TestOperations> api = api(defaults());
        api.restrictCorsTo("https://app.example.com");
        Template template = Template.fromStack(stack);

        template.resourcePropertiesCountIs("AWS::ApiGateway::Method", Match.objectLike(Map.of(
                "HttpMethod", "OPTIONS",
                "Integration", Match.objectLike(Map.of("IntegrationResponses", List.of(Match.objectLike(Map.of(
                        "ResponseParameters", Match.objectLike(Map.of(
                                "method.response.header.Access-Control-Allow-Origin",
                                "'https://app.example.com'"))))))))), 4);
        template.resourcePropertiesCountIs("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "ALLOWED_ORIGINS", "https://app.example.com"))))), 5);
        assertThatThrownBy(() -> api.restrictCorsTo("https://a.example.com", "https://b.example.com"))
                .hasMessage("restrictCorsTo takes one origin for a REST_API, got [https://a.example.com,"
                        + " https://b.example.com]; list several in the allowedOrigins prop instead");
        assertThatThrownBy(() -> api.restrictCorsTo("app.example.com"))
                .hasMessage("restrictCorsTo must hold \"*\" or origins like https://app.example.com (scheme and"
                        + " host, no path), got 'app.example.com'");
    }
}
