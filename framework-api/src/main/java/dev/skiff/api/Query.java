package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter from the query string, overriding inference or renaming it. Scalars and {@code List}/{@code Set} of scalars (repeated keys) are accepted.
 *
 * <pre>{@code
 * public List<Item> list(@Query("page-size") Optional<Integer> pageSize) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {
    /** The query key; by default the parameter name. */
    String value() default "";
}
