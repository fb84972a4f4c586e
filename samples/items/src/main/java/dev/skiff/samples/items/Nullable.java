package dev.skiff.samples.items;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may be null, as jspecify's {@code @Nullable} does (Skiff recognises a
 * {@code @Nullable} of any package): the property is nullable in the OpenAPI document, and JSON
 * {@code null} is a value of it rather than a problem.
 *
 * <pre>{@code
 * public record Page<T>(List<T> items, int total, @Nullable Integer nextOffset) {}
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
public @interface Nullable {
}
