package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation, or every operation of a handler class, as callable without the
 * application's {@link ApiInfo#auth() authentication}: its OpenAPI operation says
 * {@code "security": []}, and its generated {@code SkiffOperations} constant says
 * {@code authenticated() == false}, from which Skiff's CDK construct deploys it without the API's
 * authorizer (a REST API under IAM also lets anyone call that method in its resource policy). A
 * Function URL, whose IAM auth covers the whole URL, cannot serve such an operation: the construct
 * refuses it.
 *
 * <pre>{@code
 * @Unauthenticated
 * @Get("/health")
 * public String health() { return "ok"; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Unauthenticated {
}
