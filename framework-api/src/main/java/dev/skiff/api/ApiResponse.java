package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a response an operation may answer besides its success, for the OpenAPI document
 * only: what is served does not change. This is how a handler declares the statuses of the
 * {@link HttpException}s it throws; without a {@code type}, a status of 400 or more has the
 * {@code {"detail": ...}} body an {@code HttpException} produces, and any other status has no
 * content. On a handler class it applies to every operation of the class; an operation's own
 * declaration of the same status wins. FastAPI's 422 and 500 are always there. A Javadoc tag
 * {@code @throws HttpException 404 when ...} on the operation declares the same as
 * {@code @ApiResponse(status = 404, description = "When ...")}, unless an annotation declares
 * that status.
 *
 * <pre>{@code
 * @Get("/items/{id}")
 * @ApiResponse(status = 404, description = "No item has this id")
 * public Item getItem(long id) {
 *     return store.find(id).orElseThrow(() -> new HttpException(404, "Item not found"));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(ApiResponses.class)
public @interface ApiResponse {
    /** The HTTP status, from 100 to 599; not the operation's own success status. */
    int status();

    /** The response's description; by default the status's reason phrase ("Not Found"). */
    String description() default "";

    /**
     * The body's type: a record, bean, enum or scalar the processor can describe. By default
     * ({@code void.class}) the {@code HTTPError} schema for a status of 400 or more, else no content.
     */
    Class<?> type() default void.class;

    /** The body's media type. */
    String mediaType() default "application/json";

    /** Headers this response carries. */
    ResponseHeader[] headers() default {};
}
