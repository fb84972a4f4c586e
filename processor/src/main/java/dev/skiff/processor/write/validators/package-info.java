/**
 * The validators' output of compile-time Jakarta Validation: {@link dev.skiff.processor.write.validators.ValidatorWriter}
 * writes {@code <Type>Validator} per validated type, {@link dev.skiff.processor.write.validators.ParamValidation}
 * the checks of handler parameters into the invokers, both through
 * {@link dev.skiff.processor.write.validators.CheckWriter}. Constraints are read by {@code read.ConstraintReader}
 * and {@code read.ValidatedTypeReader} into {@code model.ValueModel}s and checked by {@code check.ConstraintChecks}.
 * Generated code calls {@code dev.skiff.support.validation} and gives Hibernate Validator's answers
 * (the differential suite in {@code validation-tests/} compares them).
 *
 * <p>Decisions:
 * <ul>
 * <li>A request body is always validated, with or without {@code @Valid} (as FastAPI validates every
 *     body model); nested records, list elements, map values and {@code Optional} contents are
 *     cascaded into where {@code @Valid} says so, as in Jakarta Validation.</li>
 * <li>All violations of a request are in one 422, in declaration order: parameters in order,
 *     then per property its constraints in annotation order, then its elements, then its cascade.
 *     {@code loc} uses JSON names ({@code @JsonProperty}), list and set elements add their
 *     (iteration) index, map values their key; an {@code Optional}'s content has the Optional's loc.</li>
 * <li>{@code @Max(100) Optional<Integer>}: Hibernate Validator fails (no validator for Optional);
 *     Skiff applies such constraints to the content. {@code @NotNull}, {@code @Null} and custom
 *     constraints stay on the Optional.</li>
 * <li>A parameter that is absent or did not convert is not checked again (its problem is recorded).</li>
 * <li>Compile errors: validation groups, class-level constraints, {@code ${...}} in messages,
 *     constraints on map keys or array elements, a constraint on a type it does not apply to,
 *     a private property without getter, a custom validator without public no-arg constructor or
 *     for another type, a nested annotation in a custom constraint, an invalid regexp, decimal or
 *     size range.</li>
 * <li>Custom constraints get a minimal {@code ConstraintValidatorContext}
 *     ({@code dev.skiff.support.validation.CustomContext}); on handler parameters their annotation
 *     instance is a top-level class beside the invokers ({@code ItemsApi_EvenInstance}).</li>
 * <li>Messages are interpolated at compile time ({@code read.ApplicationMessages}
 *     finds the application's {@code ValidationMessages}); only a message with a key the compilation
 *     cannot see, or a class-valued attribute, is interpolated at run time.</li>
 * <li>{@code -Askiff.validators=all} generates validators for any class of
 *     a compilation, without an API (libraries, tests, benchmarks).</li>
 * </ul>
 */
package dev.skiff.processor.write.validators;
