package dev.skiff.cdk;

import java.util.List;
import java.util.Map;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnApi;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * An HTTP API ("Api") with JSON access logs ("AccessLogs") and stage throttling, and one route per operation, each sent to the alias of the function that
 * serves it and each authorised as {@link ApiAuth} says, but for an {@code @Unauthenticated} one
 * ({@link ApiOperation#authenticated()} false), whose route has no authorizer (Control Tower's
 * CT.APIGATEWAY.PR.5 reports that route, rightly: it is public). There is no {@code {proxy+}} route and
 * no {@code OPTIONS} route: with CORS configured, API Gateway answers a browser's preflight itself,
 * before any authorizer, so every route stays authorised (Control Tower's ct-apigateway-pr-5).
 */
final class HttpApiFrontDoor implements FrontDoor {

    private final HttpApi api;

    private HttpApiFrontDoor(HttpApi api) {
        this.api = api;
    }

    static <O extends Enum<O> & ApiOperation> HttpApiFrontDoor create(Construct scope, String apiName,
            Map<O, IFunction> targets, SkiffApiProps<O> props, IHttpRouteAuthorizer authorizer) {
        HttpApi api = HttpApi.Builder.create(scope, "Api")
                .apiName(apiName)
                .description("Skiff API " + apiName)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(props.allowedOrigins())
                        .allowMethods(List.of(CorsHttpMethod.ANY))
                        .allowHeaders(Cors.ALLOWED_HEADERS)
                        .build())
                .build();
        logAndThrottle(scope, api, props);
        // One integration per function: a shared function is one integration for every route.
        Map<IFunction, HttpLambdaIntegration> integrations = new java.util.HashMap<>();
        boolean shared = props.integrationPattern() == IntegrationPattern.SHARED;
        targets.forEach((operation, target) -> {
            HttpLambdaIntegration integration = integrations.computeIfAbsent(target, t -> new HttpLambdaIntegration(
                    shared ? "Integration" : Names.of(operation) + "Integration", t));
            api.addRoutes(AddRoutesOptions.builder()
                    .path(operation.path())
                    .methods(List.of(HttpMethod.valueOf(operation.method())))
                    .integration(integration)
                    // The route of an @Unauthenticated operation is public, as its OpenAPI operation says.
                    .authorizer(operation.authenticated() ? authorizer : new HttpNoneAuthorizer())
                    .build());
        });
        return new HttpApiFrontDoor(api);
    }

    /** HTTP API context variables, one JSON object per request, like the REST API's standard fields. */
    static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
            + "\"caller\":\"$context.identity.caller\",\"user\":\"$context.identity.user\","
            + "\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\","
            + "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
            + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\","
            + "\"integrationError\":\"$context.integrationErrorMessage\"}";

    /**
     * JSON access logs to "AccessLogs" (Control Tower's CT.APIGATEWAY.PR.4) and the same throttling
     * as a REST API's stage, on the default stage.
     */
    private static void logAndThrottle(Construct scope, HttpApi api, SkiffApiProps<?> props) {
        LogGroup accessLogs = LogGroup.Builder.create(scope, "AccessLogs")
                .retention(props.logRetention())
                .build();
        CfnStage stage = (CfnStage) api.getDefaultStage().getNode().getDefaultChild();
        stage.setAccessLogSettings(CfnStage.AccessLogSettingsProperty.builder()
                .destinationArn(accessLogs.getLogGroupArn())
                .format(ACCESS_LOG_FORMAT)
                .build());
        stage.setDefaultRouteSettings(CfnStage.RouteSettingsProperty.builder()
                .throttlingRateLimit(props.throttlingRateLimit())
                .throttlingBurstLimit(props.throttlingBurstLimit())
                .build());
    }

    HttpApi api() {
        return api;
    }

    @Override
    public String url() {
        return api.getUrl();
    }

    @Override
    public Grant grantInvoke(IGrantable grantee) {
        return FrontDoor.executeApiGrant(grantee, api.arnForExecuteApi("*", "/*", "*"));
    }

    @Override
    public Grant grantInvoke(IGrantable grantee, ApiOperation operation) {
        return FrontDoor.executeApiGrant(grantee,
                api.arnForExecuteApi(operation.method(), FrontDoor.executeApiPath(operation), "*"));
    }

    @Override
    public void restrictCorsTo(List<String> origins) {
        ((CfnApi) api.getNode().getDefaultChild()).addPropertyOverride("CorsConfiguration.AllowOrigins", origins);
    }
}
