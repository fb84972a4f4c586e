package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes the API for its OpenAPI document, and chooses where the generated
 * {@code SkiffRoutes} class goes: into the annotated class's package. At most one class of a
 * compilation carries it; without it the title is "API", the version "0.1.0", and
 * {@code SkiffRoutes} goes into the package of the first handler class by name.
 *
 * <p>It also says how callers authenticate, as the CDK construct deploys the API: IAM
 * (SigV4-signed requests) by default, which is the construct's default too; {@code @Unauthenticated}
 * exempts an operation. And it lists the servers; by default one, {@code http://localhost:8080}
 * (local development: the local runtime's default {@code PORT}).
 *
 * <pre>{@code
 * @ApiInfo(title = "Items", version = "1.0.0", auth = ApiInfo.Auth.IAM,
 *         servers = @Server(url = "http://localhost:8080", description = "Local development"))
 * public final class ItemsApplication {
 *     public static Application create() {
 *         return SkiffRoutes.create(new ItemsApi(new ItemStore()));
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiInfo {
    /** {@code info.title}. */
    String title();

    /** {@code info.version}. */
    String version() default "0.1.0";

    /** {@code info.description}; by default the annotated class's Javadoc. */
    String description() default "";

    /**
     * {@code info.license}: the API's licence as an SPDX identifier, such as {@code Apache-2.0} or
     * {@code LicenseRef-Proprietary}; empty, the document names none.
     */
    String license() default "";

    /** How callers authenticate, for every operation not marked {@link Unauthenticated}. */
    Auth auth() default Auth.IAM;

    /**
     * With {@link Auth#COGNITO}, the OpenID Connect discovery URL of the user pool (or of another
     * OIDC provider): {@code https://cognito-idp.<region>.amazonaws.com/<poolId>/.well-known/openid-configuration}.
     */
    String openIdConnectUrl() default "";

    /** {@code servers}; by default {@code http://localhost:8080}, "Local development". */
    Server[] servers() default {};

    /**
     * Whether the processor also writes a typed Java client of the API, next to {@code SkiffRoutes}:
     * one class named from the title's words ({@code "Items"} gives {@code ItemsClient},
     * {@code "Pet store"} {@code PetStoreClient}; {@code Api} goes in front of a title that starts
     * with a digit or has no word, {@code "42"} gives {@code Api42Client}: the TypeScript client's
     * class has the same name without {@code Client}), with one method per operation, named by its
     * operationId. The
     * compilation then needs {@code skiff-client} on its classpath.
     *
     * <pre>{@code
     * @ApiInfo(title = "Items", javaClient = true)
     * // elsewhere:
     * ItemsClient items = ItemsClient.builder(URI.create("http://localhost:8080")).build();
     * Item lamp = items.getItem(1);
     * }</pre>
     */
    boolean javaClient() default false;

    /** How callers authenticate, matching the CDK construct's {@code ApiAuth}. */
    enum Auth {
        /**
         * AWS IAM: SigV4-signed requests; in the document the {@code sigv4} scheme as API Gateway
         * exports it ({@code apiKey} in {@code Authorization}, {@code x-amazon-apigateway-authtype: awsSigv4}).
         */
        IAM,
        /** Tokens of a Cognito user pool or another OpenID Connect provider: an {@code openIdConnect} scheme. */
        COGNITO,
        /** A Lambda token authorizer reading the {@code Authorization} header: an {@code apiKey} scheme. */
        CUSTOM,
        /** No authentication: the API is public, and the document declares no scheme. */
        NONE
    }
}
