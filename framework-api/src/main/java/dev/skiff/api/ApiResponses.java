package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link ApiResponse}s; write the {@code @ApiResponse}s themselves.
 *
 * <pre>{@code
 * @ApiResponse(status = 404, description = "No item has this id")
 * @ApiResponse(status = 409, description = "The item changed meanwhile")
 * public Item updateItem(long id, NewItem item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiResponses {
    /** The declared responses. */
    ApiResponse[] value();
}
