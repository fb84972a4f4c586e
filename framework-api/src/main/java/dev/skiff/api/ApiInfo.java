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
 * <pre>{@code
 * @ApiInfo(title = "Items", version = "1.0.0")
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
}
