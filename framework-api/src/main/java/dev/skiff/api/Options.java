package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as the handler of HTTP {@code OPTIONS} requests on a path template.
 *
 * <p>Variables are written {@code {id}} or {@code <id>}; a parameter with the variable's name
 * is bound from the path. The OpenAPI document always uses the {@code {id}} form.
 *
 * <pre>{@code
 * @Options("/items") public Response<Void> itemOptions() { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Options {
    /** The path template, such as {@code "/items/{id}"}. */
    String value();

    /** The success status; by default 200, or 204 when the method returns {@code void}. */
    int status() default -1;

    /** The OpenAPI operationId; by default the Java method's name. Unique within an API. */
    String operationId() default "";

    /** OpenAPI tags added to those of the class's {@link Tag}. */
    String[] tags() default {};

    /**
     * The media type of the success response, such as {@code "text/html"}. By default
     * {@code application/json}; {@code application/octet-stream} for {@code byte[]} and
     * {@code InputStream}; {@code application/jsonl} for {@code Stream<T>};
     * {@code text/event-stream} for {@code Stream<ServerSentEvent<T>>}. A {@code String} is sent
     * as it is, in UTF-8, when this is not a JSON type.
     */
    String produces() default "";
}
