/**
 * {@code @Traced} woven at compile time, in the processor's read-check-write order:
 * {@code read.TracedReader} groups the annotated methods by class every round and reads each
 * class into a {@code model.TracedClassModel}, {@code check.TracedChecks}
 * reports what cannot be woven (a final, private, inner or abstract class, a class without a
 * non-private constructor; a private, static, final or abstract method; exceptions that cannot
 * pass through unchanged), and {@link dev.skiff.processor.write.traced.TracedWriter} writes {@code Traced<Class>}: a final
 * subclass beside the class, mirroring its constructors, whose overrides call
 * {@code super.m(...)} inside {@code Tracing.inSubsegment}.
 *
 * <p>Why a subclass rather than weaving into the generated invokers: {@code @Traced} belongs on
 * stores and services as much as on handlers, and only a subclass reaches calls that do not
 * come through a route. Operations need nothing: the Lambda runtime already records each one
 * as {@code ## <operationId>}, so {@code @Traced} under that same name is a warning.
 */
package dev.skiff.processor.write.traced;
