package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a path-less parameter optional, giving the value used when the request lacks it. The text is converted like a request value, at compile time checked for convertibility.
 *
 * <pre>{@code
 * public List<Item> list(@DefaultValue("20") int limit) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface DefaultValue {
    /** The default, written as it would appear in the request. */
    String value();
}
