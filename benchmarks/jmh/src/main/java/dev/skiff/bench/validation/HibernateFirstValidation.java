package dev.skiff.bench.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * First validation in a fresh JVM with Hibernate Validator: bootstrapping the factory is part
 * of it, as it is of any service's first request.
 *
 * <pre>{@code
 * java -cp benchmarks/jmh/target/benchmarks.jar dev.skiff.bench.validation.HibernateFirstValidation item invalid
 * }</pre>
 */
public final class HibernateFirstValidation {
    private HibernateFirstValidation() {}

    public static void main(String[] args) {
        Bodies bodies = Bodies.named(args.length > 0 ? args[0] : "item");
        Object body = bodies.body(args.length > 1 && args[1].equals("invalid"));
        long start = System.nanoTime();
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        Validator validator = factory.getValidator();
        int violations = validator.validate(body).size();
        long end = System.nanoTime();
        factory.close();
        FirstValidation.report("hibernate", start, end, violations);
    }
}
