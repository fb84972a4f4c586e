package dev.skiff.cdk;

import java.util.List;

import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * An HTTP API ("Api") whose {@code ANY /} and {@code ANY /{proxy+}} routes send every request to
 * the function's alias; the Skiff router inside decides what exists. With an authorizer in place,
 * {@code OPTIONS} routes without one are added next to them: a browser's preflight carries no
 * credentials, and API Gateway answers it from the CORS configuration only if no authorizer
 * rejects it first.
 */
final class HttpApiFrontDoor implements FrontDoor {

    private static final List<String> PATHS = List.of("/", "/{proxy+}");

    private final HttpApi api;

    private HttpApiFrontDoor(HttpApi api) {
        this.api = api;
    }

    static HttpApiFrontDoor create(Construct scope, String apiName, IFunction target, SkiffApiProps props) {
        HttpApi api = HttpApi.Builder.create(scope, "Api")
                .apiName(apiName)
                .description("Skiff API " + apiName)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(props.allowedOrigins())
                        .allowMethods(List.of(CorsHttpMethod.ANY))
                        .allowHeaders(Cors.ALLOWED_HEADERS)
                        .build())
                .build();
        HttpLambdaIntegration integration = new HttpLambdaIntegration("Integration", target);
        IHttpRouteAuthorizer authorizer = props.auth().routeAuthorizer();
        addRoutes(api, HttpMethod.ANY, integration, authorizer);
        if (props.auth().kind() != ApiAuth.Kind.NONE) {
            addRoutes(api, HttpMethod.OPTIONS, integration, new HttpNoneAuthorizer());
        }
        return new HttpApiFrontDoor(api);
    }

    private static void addRoutes(HttpApi api, HttpMethod method, HttpLambdaIntegration integration,
            IHttpRouteAuthorizer authorizer) {
        for (String path : PATHS) {
            api.addRoutes(AddRoutesOptions.builder()
                    .path(path)
                    .methods(List.of(method))
                    .integration(integration)
                    .authorizer(authorizer)
                    .build());
        }
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
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("execute-api:Invoke"))
                .resourceArns(List.of(api.arnForExecuteApi("*", "/*", "*")))
                .build());
    }
}
