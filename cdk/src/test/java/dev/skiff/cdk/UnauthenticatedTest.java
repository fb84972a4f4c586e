package dev.skiff.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cognito.UserPool;

import dev.skiff.operations.ApiOperation;

/**
 * Operations marked {@code @Unauthenticated} ({@link ApiOperation#authenticated()} false), which the
 * OpenAPI document shows with {@code "security": []}, are deployed without the API's authorizer, and
 * the rest keep it.
 */
class UnauthenticatedTest {

    /** What the processor generates for an items API with a public health check and a public item page. */
    enum PublicOperations implements ApiOperation {
        LIST_ITEMS("listItems", "GET", "/items", true),
        HEALTH("health", "GET", "/health", false),
        GET_ITEM("getItem", "GET", "/items/{id}", false),
        DELETE_ITEM("deleteItem", "DELETE", "/items/{id}", true);

        private final String operationId;
        private final String method;
        private final String path;
        private final boolean authenticated;

        PublicOperations(String operationId, String method, String path, boolean authenticated) {
            this.operationId = operationId;
            this.method = method;
            this.path = path;
            this.authenticated = authenticated;
        }

        @Override public String operationId() { return operationId; }
        @Override public String method() { return method; }
        @Override public String path() { return path; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return authenticated; }
    }

    /** An API whose only operation is public. */
    enum HealthOnly implements ApiOperation {
        HEALTH;

        @Override public String operationId() { return "health"; }
        @Override public String method() { return "GET"; }
        @Override public String path() { return "/health"; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return false; }
    }

    /** A public item page above an operation that needs authentication. */
    enum ReviewOperations implements ApiOperation {
        GET_ITEM("getItem", "/items/{id}", false),
        LIST_REVIEWS("listReviews", "/items/{id}/reviews", true);

        private final String operationId;
        private final String path;
        private final boolean authenticated;

        ReviewOperations(String operationId, String path, boolean authenticated) {
            this.operationId = operationId;
            this.path = path;
            this.authenticated = authenticated;
        }

        @Override public String operationId() { return operationId; }
        @Override public String method() { return "GET"; }
        @Override public String path() { return path; }
        @Override public boolean streams() { return false; }
        @Override public boolean authenticated() { return authenticated; }
    }

    private static <O extends Enum<O> & ApiOperation> SkiffApiProps.Builder<O> props(Class<O> operations) {
        return SkiffApiProps.builder(operations)
                .packageDirectory(TestJars.packageDirectory())
                .handler("com.example.ItemsHandler::handleRequest");
    }

    @Test
    void restUnderIam_publicMethodsHaveNoAuthorisationAndTheResourcePolicyLetsAnyoneCallExactlyThem() {
        // GIVEN a REST API under IAM with two public operations
        Stack stack = new Stack(new App(), "RestIam");
        new SkiffApi<>(stack, "ItemsApi", props(PublicOperations.class).build());

        // WHEN it is synthesised
        Template template = Template.fromStack(stack);

        // THEN the public methods have no authorisation and say why; the others still need a signature
        assertThat(methods(template)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GET /items", "AWS_IAM",
                "DELETE /items/{id}", "AWS_IAM",
                "GET /health", "NONE health",
                "GET /items/{id}", "NONE getItem"));
        // AND anyone may call OPTIONS, as before, and exactly the public methods, path variables as *
        template.hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "Policy", Map.of("Version", "2012-10-17", "Statement", List.of(
                        Map.of("Sid", "PreflightFromAnyone",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "*"),
                                "Action", "execute-api:Invoke",
                                "Resource", "execute-api:/*/OPTIONS/*"),
                        Map.of("Sid", "UnauthenticatedFromAnyone",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "*"),
                                "Action", "execute-api:Invoke",
                                "Resource", List.of("execute-api:/*/GET/health", "execute-api:/*/GET/items/*")))))));
        // AND Skiff's REST method rule accepts the declared public methods, with every other check
        TemplateChecks.assertCompliant("unauthenticated-rest-iam", template.toJSON());
    }

    @Test
    void restUnderCognito_publicMethodsHaveNoAuthorizerAndThereIsNoResourcePolicy() {
        Stack stack = new Stack(new App(), "RestCognito");
        UserPool pool = new UserPool(stack, "Users");
        new SkiffApi<>(stack, "ItemsApi", props(PublicOperations.class)
                .auth(ApiAuth.cognito(pool, List.of(pool.addClient("Web")))).build());

        Template template = Template.fromStack(stack);

        assertThat(methods(template)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GET /items", "COGNITO_USER_POOLS",
                "DELETE /items/{id}", "COGNITO_USER_POOLS",
                "GET /health", "NONE health",
                "GET /items/{id}", "NONE getItem"));
        template.hasResourceProperties("AWS::ApiGateway::RestApi", Match.objectLike(Map.of(
                "Policy", Match.absent())));
        TemplateChecks.assertCompliant("unauthenticated-rest-cognito", template.toJSON());
    }

    @Test
    void restWithOnlyPublicOperations_makesNoAuthorizerThatNothingWouldUse() {
        Stack stack = new Stack(new App(), "RestPublic");
        new SkiffApi<>(stack, "HealthApi", props(HealthOnly.class).auth(ApiAuth.custom()).build());

        Template template = Template.fromStack(stack);

        template.resourceCountIs("AWS::ApiGateway::Authorizer", 0);
        assertThat(methods(template)).containsExactlyEntriesOf(Map.of("GET /health", "NONE health"));
    }

    @Test
    void restUnderIam_aPublicPathVariableMustNotOpenAnAuthenticatedOperationBelowIt() {
        assertThatThrownBy(() -> props(ReviewOperations.class).build())
                .hasMessage("@Unauthenticated operation getItem (GET /items/{id}) must not reach an authenticated"
                        + " operation through the REST_API's IAM resource policy, got listReviews (GET"
                        + " /items/{id}/reviews) below it (a path variable is * there, which matches slashes too, so"
                        + " every AWS principal could call them); mark them @Unauthenticated too, move them to another"
                        + " path, or use apiType HTTP_API");
        // Without a resource policy each method's own authorisation decides.
        props(ReviewOperations.class).apiType(ApiType.HTTP_API).build();
    }

    @Test
    void httpApi_publicRoutesHaveNoAuthorizer_whichControlTowerReportsAndNothingElse() {
        Stack stack = new Stack(new App(), "Http");
        new SkiffApi<>(stack, "ItemsApi", props(PublicOperations.class).apiType(ApiType.HTTP_API).build());

        Template template = Template.fromStack(stack);

        assertThat(HttpApiTest.route(template, "GET /health").get("AuthorizationType")).isEqualTo("NONE");
        assertThat(HttpApiTest.route(template, "GET /items/{id}").get("AuthorizationType")).isEqualTo("NONE");
        assertThat(HttpApiTest.route(template, "GET /items").get("AuthorizationType")).isEqualTo("AWS_IAM");
        assertThat(HttpApiTest.route(template, "DELETE /items/{id}").get("AuthorizationType")).isEqualTo("AWS_IAM");
        // CT.APIGATEWAY.PR.5 has no exception for a public route: it reports the two, rightly, and only them.
        TemplateChecks.Result result = TemplateChecks.check(Map.of("unauthenticated-http", template.toJSON()));
        assertThat(result.linesFor("unauthenticated-http")).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("(AWS::ApiGatewayV2::Route): [CT.APIGATEWAY.PR.5] Properties.AuthorizationType is \"NONE\""));
        assertThat(result.output()).contains("lint passed");
    }

    @Test
    void functionUrl_cannotLeaveOneOperationOutOfItsIamAuth() {
        assertThatThrownBy(() -> props(PublicOperations.class).apiType(ApiType.FUNCTION_URL).build())
                .hasMessage("@Unauthenticated operations need apiType REST_API or HTTP_API, got FUNCTION_URL, whose"
                        + " IAM auth covers the whole URL, with health (GET /health) and getItem (GET /items/{id});"
                        + " deploy the API as a REST_API or HTTP_API, or remove @Unauthenticated so that callers sign"
                        + " these requests too");
    }

    /**
     * Each non-OPTIONS method as "METHOD /path" to its AuthorizationType, followed by the operation
     * its SkiffUnauthenticated metadata names, if any.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> methods(Template template) {
        Map<String, Map<String, Object>> resources = template.findResources("AWS::ApiGateway::Resource");
        Map<String, String> methods = new java.util.TreeMap<>();
        template.findResources("AWS::ApiGateway::Method").forEach((id, method) -> {
            Map<String, Object> properties = (Map<String, Object>) method.get("Properties");
            if (properties.get("HttpMethod").equals("OPTIONS")) {
                return;
            }
            String path = path(resources, properties.get("ResourceId"));
            Map<String, Object> metadata = (Map<String, Object>) method.getOrDefault("Metadata", Map.of());
            Object marker = metadata.get(RestApiFrontDoor.UNAUTHENTICATED_METADATA);
            methods.put(properties.get("HttpMethod") + " " + path,
                    properties.get("AuthorizationType") + (marker == null ? "" : " " + marker));
        });
        return methods;
    }

    @SuppressWarnings("unchecked")
    private static String path(Map<String, Map<String, Object>> resources, Object ref) {
        Map<String, Object> reference = (Map<String, Object>) ref;
        if (reference.containsKey("Fn::GetAtt")) {
            return "";
        }
        Map<String, Object> resource = (Map<String, Object>) resources.get((String) reference.get("Ref")).get("Properties");
        return path(resources, resource.get("ParentId")) + "/" + resource.get("PathPart");
    }
}
