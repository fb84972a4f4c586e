package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A server of the API in the OpenAPI document, for {@link ApiInfo#servers()}: an absolute URL
 * or a path relative to the document, without a trailing slash.
 *
 * <pre>{@code
 * @ApiInfo(title = "Items", servers = {
 *         @Server(url = "https://api.example.com/prod", description = "Production"),
 *         @Server(url = "http://localhost:8080", description = "Local development")})
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Server {
    /** The server's URL, without a trailing slash. */
    String url();

    /** What the server is. */
    String description() default "";
}
