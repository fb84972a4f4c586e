package dev.skiff.cdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.CfnGatewayResponse;
import software.amazon.awscdk.services.apigateway.CfnMethod;
import software.amazon.awscdk.services.apigateway.CorsOptions;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.GatewayResponse;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.IResource;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.Method;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.ResponseTransferMode;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantWithResourceOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

/**
 * A regional REST API ("Api") with a resource per path and a method per operation, each a Lambda
 * proxy integration with the alias of the function that serves it: in {@code STREAM} transfer mode
 * for a streaming operation (API Gateway then calls {@code InvokeWithResponseStream} and passes the
 * function's chunks on), buffered otherwise. Every resource answers CORS preflight with an
 * {@code OPTIONS} mock method without authorisation, since a browser's preflight carries no
 * credentials; under IAM the resource policy lets anyone call {@code OPTIONS} and nothing else. An
 * operation marked {@code @Unauthenticated} ({@link ApiOperation#authenticated()} false) gets no
 * authorizer, under IAM a resource policy statement that lets anyone call exactly its method and
 * path, and the metadata {@value #UNAUTHENTICATED_METADATA} naming it for Skiff's guard rule.
 * The stage ({@code prod} by default) writes JSON access logs to "AccessLogs", traces with X-Ray and
 * throttles at 10,000 requests per second with bursts of 5,000; "WebAcl" guards it unless turned off.
 */
final class RestApiFrontDoor implements FrontDoor {

    /**
     * The resource metadata key that marks a method deployed without authorisation on purpose, its
     * value the operationId that {@code @Unauthenticated} made public; Skiff's guard rule
     * SKIFF.APIGATEWAY.REST.1 lets such a method, and no other, have {@code AuthorizationType} NONE.
     */
    static final String UNAUTHENTICATED_METADATA = "SkiffUnauthenticated";

    /**
     * The types API Gateway passes as bytes: uploads, and the binary answers an operation can
     * produce. Not {@code *}{@code /*}, which would also make the preflight's mock integration read
     * its (text) template input as binary.
     */
    static final List<String> BINARY_MEDIA_TYPES = List.of("multipart/form-data", "application/octet-stream",
            "application/pdf", "application/zip", "image/*", "audio/*", "video/*");

    private final RestApi api;
    private final CfnWebACL webAcl;
    private final List<Method> preflights;

    private final boolean iam;

    private final List<GatewayResponse> errors;

    private RestApiFrontDoor(RestApi api, CfnWebACL webAcl, List<Method> preflights, List<GatewayResponse> errors,
            boolean iam) {
        this.errors = errors;
        this.iam = iam;
        this.api = api;
        this.webAcl = webAcl;
        this.preflights = preflights;
    }

    static <O extends Enum<O> & ApiOperation> RestApiFrontDoor create(Construct scope, String apiName,
            Map<O, IFunction> targets, SkiffApiProps<O> props) {
        LogGroup accessLogs = LogGroup.Builder.create(scope, "AccessLogs")
                .retention(props.logRetention())
                .build();
        RestApi.Builder builder = RestApi.Builder.create(scope, "Api")
                .restApiName(apiName)
                .description("Skiff API " + apiName)
                .endpointTypes(List.of(EndpointType.REGIONAL))
                // Bodies of these types reach Lambda base64-encoded, so they arrive byte for byte, and
                // a base64 answer is sent as bytes to a client that accepts one of them.
                .binaryMediaTypes(BINARY_MEDIA_TYPES)
                // API Gateway writes access logs through the account's CloudWatch role.
                .cloudWatchRole(true)
                .deployOptions(StageOptions.builder()
                        .stageName(props.stageName())
                        .tracingEnabled(props.tracing())
                        .metricsEnabled(true)
                        // Execution logs of errors (Control Tower's CT.APIGATEWAY.PR.1).
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .throttlingRateLimit(props.throttlingRateLimit())
                        .throttlingBurstLimit(props.throttlingBurstLimit())
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields())
                        .build())
                .defaultCorsPreflightOptions(CorsOptions.builder()
                        .allowOrigins(props.allowedOrigins())
                        .allowMethods(List.of("DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"))
                        .allowHeaders(Cors.ALLOWED_HEADERS)
                        .build());
        List<O> unauthenticated = targets.keySet().stream().filter(o -> !o.authenticated()).toList();
        if (props.auth().kind() == ApiAuth.Kind.IAM) {
            builder.policy(iamResourcePolicy(unauthenticated));
        }
        RestApi api = builder.build();
        // An authorizer no method uses fails CDK's validation, so none is made when every operation is public.
        MethodOptions auth = unauthenticated.size() == targets.size() ? null : props.auth().restMethodOptions(scope, props);
        MethodOptions open = MethodOptions.builder().authorizationType(AuthorizationType.NONE).build();
        Map<IFunction, LambdaIntegration> buffered = new HashMap<>();
        Map<IFunction, LambdaIntegration> streamed = new HashMap<>();
        targets.forEach((operation, target) -> {
            Map<IFunction, LambdaIntegration> integrations = operation.streams() ? streamed : buffered;
            LambdaIntegration integration = integrations.computeIfAbsent(target, t -> integration(t, operation,
                    props));
            IResource resource = api.getRoot().resourceForPath(operation.path());
            Method method = resource.addMethod(operation.method(), integration,
                    operation.authenticated() ? auth : open);
            if (!operation.authenticated() && props.auth().kind() != ApiAuth.Kind.NONE) {
                // Read by Skiff's guard rule SKIFF.APIGATEWAY.REST.1: this method is open on purpose.
                ((CfnMethod) method.getNode().getDefaultChild()).addMetadata(UNAUTHENTICATED_METADATA,
                        operation.operationId());
            }
        });
        List<Method> preflights = api.getMethods().stream().filter(m -> m.getHttpMethod().equals("OPTIONS")).toList();
        List<GatewayResponse> errors = corsOnErrors(api, props.allowedOrigins());
        CfnWebACL webAcl = props.waf() ? Waf.protect(scope, apiName, api.getDeploymentStage().getStageArn()) : null;
        return new RestApiFrontDoor(api, webAcl, preflights, errors, props.auth().kind() == ApiAuth.Kind.IAM);
    }

    /**
     * API Gateway's own error answers (an IAM or authorizer refusal, WAF, throttling) with the
     * allowed origin, so that a browser can read why it was refused: one origin as it is, several
     * by echoing the request's {@code Origin} (an error carries nothing else to protect).
     */
    private static List<GatewayResponse> corsOnErrors(RestApi api, List<String> origins) {
        List<GatewayResponse> responses = new ArrayList<>();
        for (ResponseType type : List.of(ResponseType.DEFAULT_4_XX, ResponseType.DEFAULT_5_XX)) {
            responses.add(api.addGatewayResponse(type == ResponseType.DEFAULT_4_XX ? "Default4xx" : "Default5xx",
                    GatewayResponseOptions.builder()
                            .type(type)
                            .responseHeaders(Map.of(ALLOW_ORIGIN, errorOrigin(origins)))
                            .build()));
        }
        return responses;
    }

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private static String errorOrigin(List<String> origins) {
        return origins.size() == 1 ? "'" + origins.get(0) + "'" : "method.request.header.Origin";
    }

    /**
     * A proxy integration with {@code target}. A streamed one may last as long as its function runs
     * (API Gateway allows up to 15 minutes of streaming); a buffered one keeps API Gateway's 29 s.
     */
    private static <O extends Enum<O> & ApiOperation> LambdaIntegration integration(IFunction target, O operation,
            SkiffApiProps<O> props) {
        LambdaIntegration.Builder integration = LambdaIntegration.Builder.create(target)
                .proxy(true)
                // The console's test button needs its own permission per method; deployments do not.
                .allowTestInvoke(false);
        if (operation.streams()) {
            integration.responseTransferMode(ResponseTransferMode.STREAM).timeout(props.timeoutOf(operation));
        } else {
            integration.responseTransferMode(ResponseTransferMode.BUFFERED);
        }
        return integration.build();
    }

    /**
     * Under IAM, as the Nx plugin's construct has it: anyone may call {@code OPTIONS}, which is how a
     * browser's unsigned preflight gets through, and nothing else but the {@code @Unauthenticated}
     * operations, each on its own method and path (a method without authorisation is still refused
     * unless the resource policy allows it explicitly); {@link #grantInvoke} adds each grantee.
     */
    private static PolicyDocument iamResourcePolicy(List<? extends ApiOperation> unauthenticated) {
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(PolicyStatement.Builder.create()
                .sid("PreflightFromAnyone")
                .effect(Effect.ALLOW)
                .principals(List.of(new AnyPrincipal()))
                .actions(List.of("execute-api:Invoke"))
                .resources(List.of("execute-api:/*/OPTIONS/*"))
                .build());
        if (!unauthenticated.isEmpty()) {
            statements.add(PolicyStatement.Builder.create()
                    .sid("UnauthenticatedFromAnyone")
                    .effect(Effect.ALLOW)
                    .principals(List.of(new AnyPrincipal()))
                    .actions(List.of("execute-api:Invoke"))
                    .resources(unauthenticated.stream()
                            .map(o -> "execute-api:/*/" + o.method() + FrontDoor.executeApiPath(o))
                            .toList())
                    .build());
        }
        return PolicyDocument.Builder.create().statements(statements).build();
    }

    RestApi api() {
        return api;
    }

    Optional<CfnWebACL> webAcl() {
        return Optional.ofNullable(webAcl);
    }

    @Override
    public String url() {
        return api.getUrl();
    }

    @Override
    public Grant grantInvoke(IGrantable grantee) {
        return grant(grantee, "*", "/*");
    }

    @Override
    public Grant grantInvoke(IGrantable grantee, ApiOperation operation) {
        return grant(grantee, operation.method(), FrontDoor.executeApiPath(operation));
    }

    /**
     * The grantee's own policy; under IAM also the API's resource policy when the grantee belongs
     * to another account (within one account, either policy is enough, and touching the resource
     * policy for a role of another stack would make the two stacks depend on each other).
     */
    private Grant grant(IGrantable grantee, String method, String path) {
        if (!iam) {
            return FrontDoor.executeApiGrant(grantee, api.arnForExecuteApi(method, path, "*"));
        }
        return Grant.addToPrincipalOrResource(GrantWithResourceOptions.builder()
                .grantee(grantee)
                .actions(List.of("execute-api:Invoke"))
                .resourceArns(List.of(api.arnForExecuteApi(method, path, "*")))
                .resourceSelfArns(List.of("execute-api:/*/" + method + path))
                .resource(api)
                .build());
    }

    /**
     * The preflight methods are mock integrations that answer with one fixed origin, so a REST API
     * is restricted to one; the {@code allowedOrigins} prop takes several (CDK's preflight then
     * echoes the request's origin when it is listed).
     */
    @Override
    public void restrictCorsTo(List<String> origins) {
        if (origins.size() != 1) {
            throw new IllegalArgumentException("restrictCorsTo takes one origin for a REST_API, got " + origins
                    + "; list several in the allowedOrigins prop instead");
        }
        String origin = "'" + origins.get(0) + "'";
        for (Method preflight : preflights) {
            CfnMethod method = (CfnMethod) preflight.getNode().getDefaultChild();
            method.addPropertyOverride(
                    "Integration.IntegrationResponses.0.ResponseParameters.method\\.response\\.header\\.Access-Control-Allow-Origin",
                    origin);
            // With several allowedOrigins CDK's preflight picks the request's origin in a template.
            method.addPropertyDeletionOverride("Integration.IntegrationResponses.0.ResponseTemplates");
        }
        for (GatewayResponse error : errors) {
            ((CfnGatewayResponse) error.getNode().getDefaultChild()).addPropertyOverride(
                    "ResponseParameters.gatewayresponse\\.header\\.Access-Control-Allow-Origin", origin);
        }
        // The stage serves a deployment's snapshot: a new one must be made for the change to reach it.
        api.getLatestDeployment().addToLogicalId(Map.of("restrictCorsTo", origins));
    }
}
