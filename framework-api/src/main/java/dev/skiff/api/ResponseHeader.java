package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a header of a response: on an operation, of its success response (the headers a
 * {@link Response} sets at run time); inside {@link ApiResponse#headers()}, of that response.
 * For the OpenAPI document only: what is served does not change.
 *
 * <pre>{@code
 * @Post(value = "/items", status = 201)
 * @ResponseHeader(name = "Location", description = "Where the new item is")
 * public Response<Item> createItem(NewItem item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(ResponseHeaders.class)
public @interface ResponseHeader {
    /** The header's name, such as {@code Location}. */
    String name();

    /** What it carries. */
    String description() default "";

    /** Its value's type: a scalar (String, a number, a boolean, UUID, a java.time value...) or an enum. */
    Class<?> type() default String.class;
}
