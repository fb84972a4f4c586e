package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link ResponseHeader}s; write the {@code @ResponseHeader}s themselves.
 *
 * <pre>{@code
 * @ResponseHeader(name = "Location")
 * @ResponseHeader(name = "ETag")
 * public Response<Item> createItem(NewItem item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ResponseHeaders {
    /** The declared headers. */
    ResponseHeader[] value();
}
