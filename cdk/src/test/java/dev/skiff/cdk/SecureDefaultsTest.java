package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;

import dev.skiff.cdk.UnauthenticatedTest.PublicOperations;
import dev.skiff.operations.ApiOperation;

/**
 * What a synthesised API lets someone without credentials reach, read from the template the way an
 * attacker would see the deployed account: every REST method, HTTP route, Function URL, resource
 * policy statement and Lambda permission. Nothing is public unless the application marked it
 * {@code @Unauthenticated} or the stack chose {@link ApiAuth#none()}; the browser's preflight is
 * answered by API Gateway itself (a mock, or the HTTP API's CORS configuration) and never reaches
 * a function. The defaults also log with retention, trace with X-Ray, put the WAF in front of a
 * REST API, and never let a browser send credentials to the {@code *} origin.
 */
class SecureDefaultsTest {

    private static final Path PACKAGE = TestJars.packageDirectory();
    private static final String HANDLER = "com.example.ItemsHandler::handleRequest";

    /** An auth choice, made in the stack (a user pool or an authorizer function lives there). */
    record Auth(String name, Function<Stack, ApiAuth> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Auth> AUTHS = List.of(
            new Auth("iam (default)", s -> null),
            new Auth("cognito", s -> {
                UserPool pool = new UserPool(s, "Users");
                return ApiAuth.cognito(pool, List.of(pool.addClient("Web")));
            }),
            new Auth("custom", s -> ApiAuth.custom(software.amazon.awscdk.services.lambda.Function.Builder
                    .create(s, "MyAuthorizer").runtime(Runtime.NODEJS_22_X).handler("index.handler")
                    .code(Code.fromInline("exports.handler = async () => ({})")).build())),
            new Auth("custom (deny all)", s -> ApiAuth.custom()));

    static List<Object[]> authorisedApis() {
        List<Object[]> all = new ArrayList<>();
        for (ApiType type : List.of(ApiType.REST_API, ApiType.HTTP_API)) {
            for (Auth auth : AUTHS) {
                all.add(new Object[] {type, auth});
            }
        }
        return all;
    }

    private static <O extends Enum<O> & ApiOperation> Template synth(Class<O> operations, ApiType type,
            Auth auth, IntegrationPattern pattern) {
        Stack stack = new Stack(new App(), "Secure");
        SkiffApiProps.Builder<O> props = SkiffApiProps.builder(operations)
                .apiType(type)
                .packageDirectory(PACKAGE)
                .handler(HANDLER);
        if (pattern != null) {
            props.integrationPattern(pattern);
        }
        ApiAuth chosen = auth.make().apply(stack);
        if (chosen != null) {
            props.auth(chosen);
        }
        new SkiffApi<>(stack, "ItemsApi", props.build());
        return Template.fromStack(stack);
    }

    // ---- nothing public unless chosen -------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("authorisedApis")
    void everyOperationNeedsCredentials_andOnlyThePreflightIsOpen(ApiType type, Auth auth) {
        for (IntegrationPattern pattern : IntegrationPattern.values()) {
            Template template = synth(TestOperations.class, type, auth, pattern);

            assertThat(publicSurface(template)).as("%s %s %s", type, pattern, auth)
                    .isEqualTo(type == ApiType.REST_API ? preflights(TestOperations.class) : Set.of());
            assertEveryAuthorisedEntryHasItsAuthorizer(template);
            assertLambdaPermissionsAreScoped(template);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("authorisedApis")
    void anUnauthenticatedOperationIsPublic_andNoOtherOne(ApiType type, Auth auth) {
        Template template = synth(PublicOperations.class, type, auth, null);

        Set<String> expected = new TreeSet<>(Set.of("GET /health", "GET /items/{id}"));
        if (type == ApiType.REST_API) {
            expected.addAll(preflights(PublicOperations.class));
        }
        assertThat(publicSurface(template)).as("%s %s", type, auth).isEqualTo(expected);
        assertEveryAuthorisedEntryHasItsAuthorizer(template);
        assertLambdaPermissionsAreScoped(template);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiType.class, names = {"REST_API", "HTTP_API"})
    void noneMakesEveryOperationPublic_onlyWhenAskedFor(ApiType type) {
        Template template = synth(TestOperations.class, type, new Auth("none", s -> ApiAuth.none()), null);

        Set<String> expected = new TreeSet<>();
        for (TestOperations op : TestOperations.values()) {
            expected.add(op.method() + " " + op.path());
        }
        if (type == ApiType.REST_API) {
            expected.addAll(preflights(TestOperations.class));
        }
        assertThat(publicSurface(template)).isEqualTo(expected);
        assertLambdaPermissionsAreScoped(template);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(StreamingRuntime.class)
    void aFunctionUrlIsIamOnly_andNothingElseIsPublic(StreamingRuntime runtime) {
        Stack stack = new Stack(new App(), "Url");
        SkiffApiProps.Builder<TestOperations> props = SkiffApiProps.builder(TestOperations.class)
                .apiType(ApiType.FUNCTION_URL)
                .streamingRuntime(runtime)
                .packageDirectory(PACKAGE);
        if (runtime == StreamingRuntime.WEB_ADAPTER) {
            props.mainClass("com.example.ItemsApplication");
        } else {
            props.handler(HANDLER);
        }
        new SkiffApi<>(stack, "ItemsApi", props.build());
        Template template = Template.fromStack(stack);

        Map<String, Map<String, Object>> urls = template.findResources("AWS::Lambda::Url");
        assertThat(urls).hasSize(1);
        assertThat(properties(urls.values().iterator().next()).get("AuthType")).isEqualTo("AWS_IAM");
        assertThat(publicSurface(template)).isEmpty();
        // No resource-based permission at all: callers need an identity policy of their own.
        assertThat(template.findResources("AWS::Lambda::Permission")).isEmpty();
    }

    // ---- logs, traces, WAF ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiType.class)
    void theDefaultsLogWithRetentionAndTrace(ApiType type) {
        Template template = synth(TestOperations.class, type, AUTHS.get(0), null);

        Map<String, Map<String, Object>> logGroups = template.findResources("AWS::Logs::LogGroup");
        assertThat(logGroups).isNotEmpty();
        logGroups.forEach((id, group) -> assertThat(properties(group).get("RetentionInDays")).as(id).isEqualTo(30));
        Map<String, Map<String, Object>> functions = template.findResources("AWS::Lambda::Function");
        assertThat(functions).isNotEmpty();
        functions.forEach((id, function) -> {
            Map<String, Object> props = properties(function);
            assertThat(map(props.get("TracingConfig")).get("Mode")).as(id).isEqualTo("Active");
            String logGroup = ref(map(props.get("LoggingConfig")).get("LogGroup"));
            assertThat(logGroups).as("%s logs to a log group of the stack", id).containsKey(logGroup);
        });
        switch (type) {
            case REST_API -> {
                Map<String, Object> stage = onlyProperties(template, "AWS::ApiGateway::Stage");
                assertThat(stage.get("TracingEnabled")).isEqualTo(true);
                assertThat(logGroups).containsKey(logGroupOf(map(stage.get("AccessLogSetting")).get("DestinationArn")));
                // Execution logs of errors only: no request or response bodies (dataTrace) in CloudWatch.
                assertThat(map(((List<?>) stage.get("MethodSettings")).get(0))).containsEntry("LoggingLevel", "ERROR")
                        .doesNotContainEntry("DataTraceEnabled", true);
            }
            case HTTP_API -> {
                Map<String, Object> stage = onlyProperties(template, "AWS::ApiGatewayV2::Stage");
                assertThat(logGroups).containsKey(logGroupOf(map(stage.get("AccessLogSettings")).get("DestinationArn")));
            }
            case FUNCTION_URL -> assertThat(template.findResources("AWS::ApiGateway::Stage")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ApiType.class, names = {"REST_API", "HTTP_API"})
    void theDenyAllAuthorizerLogsWithRetentionAndTraces(ApiType type) {
        Template template = synth(TestOperations.class, type, AUTHS.get(3), null);

        Map<String, Map<String, Object>> logGroups = template.findResources("AWS::Logs::LogGroup");
        template.findResources("AWS::Lambda::Function").forEach((id, function) -> {
            Map<String, Object> props = properties(function);
            assertThat(map(props.get("TracingConfig")).get("Mode")).as(id).isEqualTo("Active");
            assertThat(logGroups).as("%s logs to a log group of the stack", id)
                    .containsKey(ref(map(props.get("LoggingConfig")).get("LogGroup")));
        });
        logGroups.forEach((id, group) -> assertThat(properties(group).get("RetentionInDays")).as(id).isEqualTo(30));
    }

    @Test
    void theWafGuardsTheRestApisStageByDefault() {
        Template template = synth(TestOperations.class, ApiType.REST_API, AUTHS.get(0), null);

        Map<String, Object> association = onlyProperties(template, "AWS::WAFv2::WebACLAssociation");
        String stage = template.findResources("AWS::ApiGateway::Stage").keySet().iterator().next();
        String acl = template.findResources("AWS::WAFv2::WebACL").keySet().iterator().next();
        assertThat(association.get("ResourceArn").toString()).contains("Ref=" + stage + "}");
        assertThat(association.get("WebACLArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(acl, "Arn")));
    }

    // ---- CORS: * is never sent with credentials -----------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiType.class)
    void theDefaultAnyOriginNeverAllowsCredentials(ApiType type) {
        Template template = synth(TestOperations.class, type, AUTHS.get(0), null);
        String json = template.toJSON().toString();

        // The default is any origin, as the Nx plugin's constructs have it...
        switch (type) {
            case REST_API -> assertThat(json).contains("method.response.header.Access-Control-Allow-Origin='*'");
            case HTTP_API -> assertThat(map(onlyProperties(template, "AWS::ApiGatewayV2::Api")
                    .get("CorsConfiguration")).get("AllowOrigins")).isEqualTo(List.of("*"));
            case FUNCTION_URL -> assertThat(map(onlyProperties(template, "AWS::Lambda::Url").get("Cors"))
                    .get("AllowOrigins")).isEqualTo(List.of("*"));
        }
        // ...which is safe only because no answer lets the browser send cookies or other credentials along.
        assertThat(json).doesNotContainIgnoringCase("Allow-Credentials").doesNotContain("AllowCredentials=true");
        // REST: the functions name the origin on real answers, from the same list, never with credentials.
        if (type == ApiType.REST_API) {
            template.findResources("AWS::Lambda::Function").values().forEach(f -> assertThat(
                    map(map(properties(f).get("Environment")).get("Variables"))).containsEntry("ALLOWED_ORIGINS", "*"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiType.class)
    void restrictingCorsNamesOnlyThatOrigin(ApiType type) {
        Stack stack = new Stack(new App(), "Restricted");
        SkiffApi<TestOperations> api = new SkiffApi<>(stack, "ItemsApi", SkiffApiProps.builder(TestOperations.class)
                .apiType(type).packageDirectory(PACKAGE).handler(HANDLER).build());
        api.restrictCorsTo("https://app.example.com");
        String json = Template.fromStack(stack).toJSON().toString();

        assertThat(json).contains("https://app.example.com").doesNotContain("'*'").doesNotContain("AllowOrigins=[*]")
                .doesNotContain("ALLOWED_ORIGINS=*")
                .doesNotContainIgnoringCase("Allow-Credentials").doesNotContain("AllowCredentials=true");
    }

    // ---- reading the template ---------------------------------------------------------------

    /**
     * What anyone may call without credentials: each REST method or HTTP route without
     * authorisation as "METHOD /path" (a REST preflight as "OPTIONS /path (mock)" once its
     * integration is checked to be a mock, which reaches no function), a Function URL without IAM,
     * the execute-api resources a resource policy opens to every principal (each must be a
     * preflight or a method listed here), and any Lambda permission for every principal.
     */
    private static Set<String> publicSurface(Template template) {
        Set<String> open = new TreeSet<>();
        Map<String, Map<String, Object>> resources = template.findResources("AWS::ApiGateway::Resource");
        template.findResources("AWS::ApiGateway::Method").forEach((id, method) -> {
            Map<String, Object> props = properties(method);
            if (!"NONE".equals(props.get("AuthorizationType"))) {
                return;
            }
            String key = props.get("HttpMethod") + " " + path(resources, props.get("ResourceId"));
            if (props.get("HttpMethod").equals("OPTIONS")) {
                assertThat(map(props.get("Integration")).get("Type")).as(key).isEqualTo("MOCK");
                key += " (mock)";
            }
            open.add(key);
        });
        template.findResources("AWS::ApiGatewayV2::Route").forEach((id, route) -> {
            Map<String, Object> props = properties(route);
            assertThat(props.get("RouteKey")).as("no catch-all route").isNotIn("$default", "ANY /{proxy+}");
            if ("NONE".equals(props.getOrDefault("AuthorizationType", "NONE"))) {
                open.add((String) props.get("RouteKey"));
            }
        });
        template.findResources("AWS::Lambda::Url").forEach((id, url) -> {
            if (!"AWS_IAM".equals(properties(url).get("AuthType"))) {
                open.add("Function URL " + id);
            }
        });
        template.findResources("AWS::Lambda::Permission").forEach((id, permission) -> {
            if (String.valueOf(properties(permission).get("Principal")).contains("*")) {
                open.add("Lambda permission " + id);
            }
        });
        Set<String> methodsOpen = new TreeSet<>(open);
        template.findResources("AWS::ApiGateway::RestApi").forEach((id, api) -> {
            Object policy = properties(api).get("Policy");
            if (policy == null) {
                return;
            }
            for (Object s : (List<?>) map(policy).get("Statement")) {
                Map<String, Object> statement = map(s);
                if (!statement.get("Effect").equals("Allow") || !isEveryone(statement.get("Principal"))) {
                    continue;
                }
                Object resource = statement.get("Resource");
                for (Object r : resource instanceof List<?> list ? list : List.of(resource)) {
                    String opened = (String) r;
                    // Every principal may call exactly what has no authorisation anyway, nothing more.
                    assertThat(opened.equals("execute-api:/*/OPTIONS/*") || methodsOpen.stream()
                            .anyMatch(m -> opened.equals("execute-api:/*/" + m.replaceFirst(" ", "")
                                    .replaceAll("\\{[^}]+}", "*"))))
                            .as("resource policy opens %s to every principal", opened).isTrue();
                }
            }
        });
        return open;
    }

    private static boolean isEveryone(Object principal) {
        return "*".equals(principal) || principal instanceof Map<?, ?> m && "*".equals(m.get("AWS"));
    }

    /** A method or route that needs credentials names its authorizer, but for IAM, which needs none. */
    private static void assertEveryAuthorisedEntryHasItsAuthorizer(Template template) {
        Set<String> authorizers = template.findResources("AWS::ApiGateway::Authorizer").keySet();
        template.findResources("AWS::ApiGateway::Method").forEach((id, method) -> {
            Map<String, Object> props = properties(method);
            Object type = props.get("AuthorizationType");
            assertThat(type).as(id).isIn("NONE", "AWS_IAM", "COGNITO_USER_POOLS", "CUSTOM");
            if (type.equals("COGNITO_USER_POOLS") || type.equals("CUSTOM")) {
                assertThat(authorizers).as(id).contains(ref(props.get("AuthorizerId")));
            }
        });
        Set<String> httpAuthorizers = template.findResources("AWS::ApiGatewayV2::Authorizer").keySet();
        template.findResources("AWS::ApiGatewayV2::Route").forEach((id, route) -> {
            Map<String, Object> props = properties(route);
            Object type = props.getOrDefault("AuthorizationType", "NONE");
            assertThat(type).as(id).isIn("NONE", "AWS_IAM", "JWT", "CUSTOM");
            if (type.equals("JWT") || type.equals("CUSTOM")) {
                assertThat(httpAuthorizers).as(id).contains(ref(props.get("AuthorizerId")));
            }
        });
    }

    /**
     * Every Lambda permission names one service principal (API Gateway) and the API it comes
     * from: without a SourceArn any API Gateway API of any account could invoke the function.
     */
    private static void assertLambdaPermissionsAreScoped(Template template) {
        Map<String, Map<String, Object>> permissions = template.findResources("AWS::Lambda::Permission");
        assertThat(permissions).isNotEmpty();
        permissions.forEach((id, permission) -> {
            Map<String, Object> props = properties(permission);
            assertThat(props.get("Principal")).as(id).isEqualTo("apigateway.amazonaws.com");
            assertThat(props.get("Action")).as(id).isEqualTo("lambda:InvokeFunction");
            assertThat(props.get("SourceArn")).as("%s is scoped to the API", id).isNotNull();
            assertThat(props.get("SourceArn").toString()).as(id).contains("execute-api");
            assertThat(props).as(id).doesNotContainKey("FunctionUrlAuthType");
        });
    }

    /** "OPTIONS /path (mock)" for each resource of the REST API: the root and every path prefix. */
    private static <O extends Enum<O> & ApiOperation> Set<String> preflights(Class<O> operations) {
        Set<String> paths = new TreeSet<>(Set.of(""));
        for (O op : operations.getEnumConstants()) {
            String prefix = "";
            for (String segment : op.path().substring(1).split("/")) {
                prefix += "/" + segment;
                paths.add(prefix);
            }
        }
        Set<String> preflights = new TreeSet<>();
        paths.forEach(p -> preflights.add("OPTIONS " + p + " (mock)"));
        return preflights;
    }

    private static String path(Map<String, Map<String, Object>> resources, Object reference) {
        Map<String, Object> ref = map(reference);
        if (ref.containsKey("Fn::GetAtt")) {
            return "";
        }
        Map<String, Object> resource = properties(resources.get((String) ref.get("Ref")));
        return path(resources, resource.get("ParentId")) + "/" + resource.get("PathPart");
    }

    private static Map<String, Object> onlyProperties(Template template, String type) {
        Map<String, Map<String, Object>> found = template.findResources(type);
        assertThat(found).as(type).hasSize(1);
        return properties(found.values().iterator().next());
    }

    private static Map<String, Object> properties(Map<String, Object> resource) {
        return map(resource.get("Properties"));
    }

    /** The logical id of the log group an ARN expression ({@code Fn::GetAtt [id, Arn]}) names. */
    private static String logGroupOf(Object arn) {
        Object getAtt = map(arn).get("Fn::GetAtt");
        assertThat(getAtt).as("an ARN of a log group of the stack: %s", arn).isInstanceOf(List.class);
        return (String) ((List<?>) getAtt).get(0);
    }

    private static String ref(Object reference) {
        return reference == null ? null : (String) map(reference).get("Ref");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
