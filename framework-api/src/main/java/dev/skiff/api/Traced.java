package dev.skiff.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a method call as an X-Ray subsegment named {@code ## <method name>} (or
 * {@link #value()}) when the invocation is sampled. Woven at compile time: the processor
 * generates {@code Traced<Class>}, a final subclass beside the class whose overrides run each
 * {@code @Traced} method through {@link Tracing#inSubsegment}, exceptions recorded and rethrown
 * unchanged; construct it instead of the class. No proxy or AspectJ is involved. The class must
 * be extendable and the method overridable (not private, static or final): the processor
 * reports anything else as a compile error.
 *
 * <pre>{@code
 * public class ItemStore {
 *     @Traced("## loadItem")
 *     public Item load(long id) { ... }
 * }
 *
 * ItemStore store = new TracedItemStore();   // generated
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Traced {
    /** The subsegment name; by default {@code "## " + methodName}. */
    String value() default "";
}
