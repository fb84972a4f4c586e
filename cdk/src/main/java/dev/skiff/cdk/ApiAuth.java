package dev.skiff.cdk;

import java.util.List;
import java.util.Objects;

import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.cognito.IUserPool;
import software.amazon.awscdk.services.cognito.IUserPoolClient;

/**
 * Who may call an {@link ApiType#API_GATEWAY} API. IAM (SigV4-signed requests, granted through
 * {@link SkiffApi#grantInvokeAccess}) is the default; a public API must be asked for by name.
 *
 * <pre>{@code
 * ApiAuth.iam();                                   // the default
 * ApiAuth.cognito(userPool, List.of(webClient));    // JWT from a Cognito user pool
 * ApiAuth.none();                                  // public: anyone on the internet
 * }</pre>
 */
public final class ApiAuth {

    /** The kinds of authorisation an API can use. */
    public enum Kind {
        /** AWS IAM: callers sign requests with SigV4 and need {@code execute-api:Invoke}. */
        IAM,
        /** A JWT authorizer that accepts ID and access tokens of a Cognito user pool. */
        COGNITO,
        /** No authorisation: the API is public. */
        NONE
    }

    private static final ApiAuth IAM = new ApiAuth(Kind.IAM, null, List.of());
    private static final ApiAuth NONE = new ApiAuth(Kind.NONE, null, List.of());

    private final Kind kind;
    private final IUserPool userPool;
    private final List<IUserPoolClient> userPoolClients;

    private ApiAuth(Kind kind, IUserPool userPool, List<IUserPoolClient> userPoolClients) {
        this.kind = kind;
        this.userPool = userPool;
        this.userPoolClients = userPoolClients;
    }

    /** IAM authorisation, the default. */
    public static ApiAuth iam() {
        return IAM;
    }

    /**
     * A Cognito user pool JWT authorizer whose audience is the given app clients.
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
        return new ApiAuth(Kind.COGNITO, userPool, List.copyOf(clients));
    }

    /** No authorisation at all: every route is public. */
    public static ApiAuth none() {
        return NONE;
    }

    /** Which kind of authorisation this is. */
    public Kind kind() {
        return kind;
    }

    /** The route authorizer for an HTTP API; created once per API. */
    IHttpRouteAuthorizer routeAuthorizer() {
        return switch (kind) {
            case IAM -> new HttpIamAuthorizer();
            case NONE -> new HttpNoneAuthorizer();
            case COGNITO -> new HttpUserPoolAuthorizer("CognitoAuthorizer", userPool,
                    HttpUserPoolAuthorizerProps.builder().userPoolClients(userPoolClients).build());
        };
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
