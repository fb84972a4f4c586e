package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example value for the OpenAPI document, on a record component or bean property of a JSON
 * type, or on a handler parameter read from the request (path, query, header, cookie, form
 * field or body). Written like {@link DefaultValue}: a scalar or an enum as the text a request
 * would send, anything else (a list, a map, a record) as JSON. A value that does not fit the
 * type is a compile error. It becomes the schema's {@code examples}, a parameter's
 * {@code example} and a body's {@code example}; nothing at run time.
 *
 * <pre>{@code
 * public record NewItem(@Example("Lamp") String name, @Example("[\"light\"]") List<String> tags) {}
 * public List<Item> search(@Example("lamp") Optional<String> q) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD})
public @interface Example {
    /** The example, written as a request would send it. */
    String value();
}
