package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter from a request header (matched case-insensitively).
 *
 * <pre>{@code
 * public Item get(long id, @Header("X-Api-Key") String apiKey) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
    /** The header name; by default the parameter name. */
    String value() default "";
}
