package dev.skiff.bench.validation;

import dev.skiff.bench.app.NewOrderValidator;
import dev.skiff.core.Problems;
import java.util.List;

/**
 * First validation in a fresh JVM with the generated validator: everything it needs is loaded
 * and run inside the timed region.
 *
 * <pre>{@code
 * java -cp benchmarks/jmh/target/benchmarks.jar dev.skiff.bench.validation.SkiffFirstValidation
 * }</pre>
 */
public final class SkiffFirstValidation {
    private SkiffFirstValidation() {}

    public static void main(String[] args) {
        boolean invalid = args.length > 0 && args[0].equals("invalid");
        long start = System.nanoTime();
        Problems problems = new Problems();
        NewOrderValidator.validate(invalid ? Orders.invalid() : Orders.valid(), List.of("body"), problems);
        long end = System.nanoTime();
        FirstValidation.report("skiff", start, end, problems.list().size());
    }
}
