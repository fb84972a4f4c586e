package dev.skiff.validation.differential;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;

/** Hibernate Validator in English with a fixed clock, its answers turned into (loc, message) pairs. */
final class Oracle {
    private final Validator validator;

    Oracle(Clock clock) {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.byProvider(HibernateValidator.class).configure()
                .clockProvider(() -> clock)
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory()
                .getValidator();
    }

    /** Each violation as {@code [loc...] message}, where loc follows Skiff's rules: names, then indexes or keys. */
    Set<String> violations(Object value) {
        Set<String> result = new TreeSet<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            result.add(loc(violation.getPropertyPath()) + " " + violation.getMessage());
        }
        return result;
    }

    private static List<Object> loc(Path path) {
        List<Object> loc = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                loc.add(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "*");
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                loc.add(node.getName());
            }
        }
        return loc;
    }
}
