/**
 * Run-time support for the validators Skiff generates from Jakarta Validation constraints:
 * the checks ({@link dev.skiff.support.validation.SizeChecks}, {@link dev.skiff.support.validation.BoundChecks},
 * {@link dev.skiff.support.validation.SignChecks}, {@link dev.skiff.support.validation.DigitsChecks},
 * {@link dev.skiff.support.validation.EmailChecks}, {@link dev.skiff.support.validation.TimeChecks}),
 * Hibernate Validator's English messages ({@link dev.skiff.support.validation.Messages}); violations
 * are reported into {@link dev.skiff.support.Problems}, each with its constraint's ctx as a
 * {@link dev.skiff.core.FrozenMap}. Like {@code dev.skiff.support}, it is support for code the
 * processor generates, not an API for application code, and may change with the processor.
 *
 * <p>Each violation becomes one entry of the 422 {@code detail} list. Its {@code type} is the
 * constraint's simple name in snake case: {@code null}, {@code not_null}, {@code not_empty},
 * {@code not_blank}, {@code size}, {@code min}, {@code max}, {@code decimal_min},
 * {@code decimal_max}, {@code positive}, {@code positive_or_zero}, {@code negative},
 * {@code negative_or_zero}, {@code digits}, {@code pattern}, {@code email},
 * {@code assert_true}, {@code assert_false}, {@code past}, {@code past_or_present},
 * {@code future}, {@code future_or_present}; a custom constraint {@code @MaxWords} gives
 * {@code max_words}. Its {@code ctx} holds the constraint's attributes other than
 * {@code message}, {@code groups} and {@code payload} (for example {@code {"min":0,"max":80}}).
 */
package dev.skiff.support.validation;
