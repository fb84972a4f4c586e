package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation, or every operation of a handler class, as callable without the
 * application's {@link ApiInfo#auth() authentication}: its OpenAPI operation says
 * {@code "security": []}. The document only describes the deployment; deploy the operation
 * without an authorizer too.
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
