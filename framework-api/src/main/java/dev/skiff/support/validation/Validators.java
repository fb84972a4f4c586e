package dev.skiff.support.validation;

import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;

/**
 * Creates the user {@code ConstraintValidator}s generated code holds in constants: one
 * instance per constraint, initialised once with an annotation instance the processor
 * synthesised (no reflection, no proxy).
 *
 * <p>{@code private static final WordCountValidator V0 = Validators.initialized(new WordCountValidator(), new WordCountInstance(3));}
 */
public final class Validators {
    private Validators() {}

    /** {@code validator} after {@code initialize(annotation)}. */
    public static <A extends Annotation, V extends ConstraintValidator<A, ?>> V initialized(V validator, A annotation) {
        validator.initialize(annotation);
        return validator;
    }
}
