package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter from an {@code application/x-www-form-urlencoded} or
 * {@code multipart/form-data} body, as FastAPI's {@code Form()} and {@code File()} do. A scalar
 * converts as a query parameter would; a {@code List}/{@code Set} of scalars takes every
 * repeated field; a {@link FileUpload} (or a {@code List} of them) is a file part and makes the
 * operation accept multipart only. Required unless {@code Optional} or {@code @DefaultValue}.
 *
 * <pre>{@code
 * @Post("/items/{id}/photo")
 * public Photo upload(long id, @Form FileUpload photo, @Form Optional<String> caption) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Form {
    /** The field's name in the form; by default the parameter name. */
    String value() default "";
}
