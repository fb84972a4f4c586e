package dev.skiff.cdk;

import java.util.List;
import java.util.Objects;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpLambdaResponseType;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.CognitoUserPoolsAuthorizer;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.TokenAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.cognito.IUserPoolClient;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * Who may call a REST or HTTP API. IAM (SigV4-signed requests, granted through
 * {@link SkiffApi#grantInvokeAccess}) is the default; a public API must be asked for by name. An
 * operation marked {@code @Unauthenticated} in the application is deployed without it, as its
 * OpenAPI document says ({@code "security": []}).
 *
 * <pre>{@code
 * ApiAuth.iam();                                    // the default
 * ApiAuth.cognito(userPool, List.of(webClient));     // tokens of a Cognito user pool
 * ApiAuth.custom(authorizerFunction);                // a Lambda token authorizer
 * ApiAuth.custom();                                  // one that denies everything, until you write yours
 * ApiAuth.none();                                   // public: anyone on the internet
 * }</pre>
 */
public final class ApiAuth {

    /** The kinds of authorisation an API can use. */
    public enum Kind {
        /** AWS IAM: callers sign requests with SigV4 and need {@code execute-api:Invoke}. */
        IAM,
        /** Tokens of a Cognito user pool: a user-pool authorizer on REST, a JWT authorizer on HTTP. */
        COGNITO,
        /** A Lambda authorizer that reads the {@code Authorization} header's token. */
        CUSTOM,
        /** No authorisation: the API is public. */
        NONE
    }

    /**
     * The scopes every REST method requires of a Cognito token, as the Nx plugin's construct sets
     * them: with scopes set, API Gateway takes access tokens (an HTTP API's JWT authorizer checks
     * the audience, the app clients, instead).
     */
    public static final List<String> COGNITO_SCOPES = List.of("openid", "aws.cognito.signin.user.admin");

    /** The token authorizer's identity source: the request's {@code Authorization} header. */
    static final String TOKEN_HEADER = "Authorization";

    /** What the default custom authorizer runs: it denies every token. */
    static final String DENY_ALL_SOURCE = """
            exports.handler = async () => ({
              principalId: 'denied',
              policyDocument: {
                Version: '2012-10-17',
                Statement: [{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: '*' }],
              },
            });
            """;

    private static final ApiAuth IAM = new ApiAuth(Kind.IAM, null, List.of(), null);
    private static final ApiAuth NONE = new ApiAuth(Kind.NONE, null, List.of(), null);

    private final Kind kind;
    private final IUserPool userPool;
    private final List<IUserPoolClient> userPoolClients;
    private final IFunction authorizer;

    private ApiAuth(Kind kind, IUserPool userPool, List<IUserPoolClient> userPoolClients, IFunction authorizer) {
        this.kind = kind;
        this.userPool = userPool;
        this.userPoolClients = userPoolClients;
        this.authorizer = authorizer;
    }

    /** IAM authorisation, the default. */
    public static ApiAuth iam() {
        return IAM;
    }

    /**
     * Tokens of a Cognito user pool, issued to the given app clients: on a REST API a user-pool
     * authorizer whose methods require {@link #COGNITO_SCOPES}, on an HTTP API a JWT authorizer
     * whose audience is the clients.
     *
     * @param userPool the pool that issues the tokens
     * @param clients the app clients whose tokens are accepted; at least one
     */
    public static ApiAuth cognito(IUserPool userPool, List<IUserPoolClient> clients) {
        Objects.requireNonNull(userPool, "userPool must not be null");
        Objects.requireNonNull(clients, "clients must not be null");
        if (clients.isEmpty()) {
            throw new IllegalArgumentException(
                    "cognito auth needs at least one user pool client, got none");
        }
        return new ApiAuth(Kind.COGNITO, userPool, List.copyOf(clients), null);
    }

    /**
     * A Lambda token authorizer over {@code handler}, your function: API Gateway passes it the
     * {@code Authorization} header's token and lets the request through only if the policy it
     * returns allows it; a request without the header is refused before it is called.
     */
    public static ApiAuth custom(IFunction handler) {
        Objects.requireNonNull(handler, "handler must not be null");
        return new ApiAuth(Kind.CUSTOM, null, List.of(), handler);
    }

    /**
     * A Lambda token authorizer that denies every request: the construct creates its function
     * ("Authorizer" under the API). Replace it with {@link #custom(IFunction)} and your own handler;
     * until then the API is closed, never open.
     */
    public static ApiAuth custom() {
        return new ApiAuth(Kind.CUSTOM, null, List.of(), null);
    }

    /** No authorisation at all: every route is public. */
    public static ApiAuth none() {
        return NONE;
    }

    /** Which kind of authorisation this is. */
    public Kind kind() {
        return kind;
    }

    /** What every REST method of the API gets; the authorizer, if any, is created once under {@code scope}. */
    MethodOptions restMethodOptions(Construct scope, SkiffApiProps<?> props) {
        MethodOptions.Builder options = MethodOptions.builder();
        switch (kind) {
            case IAM -> options.authorizationType(AuthorizationType.IAM);
            case NONE -> options.authorizationType(AuthorizationType.NONE);
            case COGNITO -> options.authorizationType(AuthorizationType.COGNITO)
                    .authorizer(CognitoUserPoolsAuthorizer.Builder.create(scope, "CognitoAuthorizer")
                            .cognitoUserPools(List.of(userPool))
                            .build())
                    .authorizationScopes(COGNITO_SCOPES);
            case CUSTOM -> options.authorizationType(AuthorizationType.CUSTOM)
                    .authorizer(TokenAuthorizer.Builder.create(scope, "TokenAuthorizer")
                            .handler(authorizerFunction(scope, props))
                            .identitySource("method.request.header." + TOKEN_HEADER)
                            .resultsCacheTtl(Duration.minutes(5))
                            .build());
        }
        return options.build();
    }

    /** The route authorizer of an HTTP API; created once per API under {@code scope}. */
    IHttpRouteAuthorizer httpRouteAuthorizer(Construct scope, SkiffApiProps<?> props) {
        return switch (kind) {
            case IAM -> new HttpIamAuthorizer();
            case NONE -> new HttpNoneAuthorizer();
            case COGNITO -> new HttpUserPoolAuthorizer("CognitoAuthorizer", userPool,
                    HttpUserPoolAuthorizerProps.builder().userPoolClients(userPoolClients).build());
            case CUSTOM -> new HttpLambdaAuthorizer("TokenAuthorizer", authorizerFunction(scope, props),
                    HttpLambdaAuthorizerProps.builder()
                            .identitySource(List.of("$request.header." + TOKEN_HEADER))
                            .responseTypes(List.of(HttpLambdaResponseType.IAM))
                            .resultsCacheTtl(Duration.minutes(5))
                            .build());
        };
    }

    /**
     * The given authorizer, or the deny-all one, which logs and traces as the API's own functions
     * do ("AuthorizerLogGroup" with the API's retention, X-Ray as {@code tracing} says).
     */
    private IFunction authorizerFunction(Construct scope, SkiffApiProps<?> props) {
        if (authorizer != null) {
            return authorizer;
        }
        LogGroup logGroup = LogGroup.Builder.create(scope, "AuthorizerLogGroup")
                .retention(props.logRetention())
                .build();
        Function denyAll = Function.Builder.create(scope, "Authorizer")
                .description("Denies every request until a real authorizer replaces it (ApiAuth.custom(handler))")
                .runtime(Runtime.NODEJS_22_X)
                .handler("index.handler")
                .code(Code.fromInline(DENY_ALL_SOURCE))
                .tracing(props.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .logGroup(logGroup)
                .build();
        Annotations.of(denyAll).addWarningV2("skiff:denyAllAuthorizer",
                "ApiAuth.custom() denies every request; pass your authorizer with ApiAuth.custom(handler)");
        return denyAll;
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
