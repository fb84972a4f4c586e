package dev.skiff.support.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Hibernate Validator, in English, as the oracle the run-time checks are compared with. */
final class HibernateOracle {
    private static final Validator VALIDATOR;

    static {
        Locale.setDefault(Locale.ENGLISH);
        ValidatorFactory factory = Validation.byDefaultProvider().configure().buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    private HibernateOracle() {}

    /** The messages Hibernate Validator reports for {@code property} of {@code type} holding {@code value}. */
    static <T> Set<String> messages(Class<T> type, String property, Object value) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validateValue(type, property, value);
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }

    static <T> boolean valid(Class<T> type, String property, Object value) {
        return VALIDATOR.validateValue(type, property, value).isEmpty();
    }
}
