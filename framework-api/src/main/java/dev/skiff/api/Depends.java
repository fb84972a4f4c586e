package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter as a dependency, FastAPI's {@code Depends}: its value comes from the
 * {@link Resolver} the application registered for the parameter's type, once per request, and
 * it is not part of the request (OpenAPI does not list it). A route using a type without a
 * resolver refuses to start. {@link CallerIdentity} parameters are dependencies without the
 * annotation, resolved by a built-in resolver unless the application registers its own.
 *
 * <pre>{@code
 * @Get("/me")
 * public Profile me(@Depends CurrentUser user) { ... }
 *
 * Application app = SkiffRoutes.create(new ProfileApi())
 *         .withResolver(CurrentUser.class, context -> CurrentUser.from(context.caller()));
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Depends {
}
