package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value used when a request lacks it: on a path-less parameter, which it makes optional, or
 * on a record component or bean property of a JSON body, which is then not required (and the
 * OpenAPI schema shows the default). For a parameter, a scalar or an enum, the text is converted
 * like a request value; for a property of another type (a list, a map, a record) it is that
 * value's JSON. Either is checked at compile time.
 *
 * <pre>{@code
 * public List<Item> list(@DefaultValue("20") int limit) { ... }
 * public record NewItem(String name, @DefaultValue("[]") List<String> tags) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface DefaultValue {
    /** The default, written as it would appear in the request. */
    String value();
}
