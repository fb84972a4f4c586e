package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups every operation of a handler class under an OpenAPI tag.
 *
 * <pre>{@code
 * @Tag(value = "items", description = "Items in the catalogue")
 * public final class ItemsApi { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Tag {
    /** The tag's name. */
    String value();

    /** The tag's description in the OpenAPI document; by default the class's Javadoc. */
    String description() default "";
}
