package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a method call as an X-Ray subsegment named {@code ## <method name>} (or
 * {@link #value()}) when the invocation is sampled. Woven at compile time: the processor
 * generates the wrapper, so no proxy or AspectJ is involved.
 *
 * <pre>{@code
 * @Traced("## loadItem")
 * public Item load(long id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Traced {
    /** The subsegment name; by default {@code "## " + methodName}. */
    String value() default "";
}
