package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter from the request body: the JSON body, for types that inference would not
 * treat as a body (a scalar or a collection of scalars); or, with a {@link #mediaType()}, the
 * raw body as {@code byte[]}, {@code String} (decoded as UTF-8 unless the request names a
 * charset) or {@code InputStream}.
 *
 * <pre>{@code
 * public void rename(long id, @Body String name) { ... }                        // a JSON string
 * public void note(long id, @Body(mediaType = "text/plain") String text) { ... } // the raw text
 * public void image(long id, @Body(mediaType = "image/*") byte[] png) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {
    /**
     * The media type of a raw body, such as {@code "text/plain"}, {@code "image/*"} or
     * {@code "application/octet-stream"} ({@code "*}{@code /*"} accepts any). A request with
     * another {@code Content-Type} gets 415; one without a {@code Content-Type} is accepted.
     * Empty (the default): the body is JSON.
     */
    String mediaType() default "";
}
