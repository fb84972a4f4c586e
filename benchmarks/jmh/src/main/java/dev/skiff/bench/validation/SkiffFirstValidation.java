package dev.skiff.bench.validation;

import dev.skiff.support.Problems;

/**
 * First validation in a fresh JVM with the generated validator: everything it needs is loaded
 * and run inside the timed region. With a third argument {@code baseline} the same process
 * builds the body and skips the validation: the whole-process difference between the two is
 * what validating adds to start-up.
 *
 * <pre>{@code
 * java -cp benchmarks/jmh/target/benchmarks.jar dev.skiff.bench.validation.SkiffFirstValidation item invalid
 * }</pre>
 */
public final class SkiffFirstValidation {
    private SkiffFirstValidation() {}

    public static void main(String[] args) {
        Bodies bodies = Bodies.named(args.length > 0 ? args[0] : "item");
        Object body = bodies.body(args.length > 1 && args[1].equals("invalid"));
        boolean baseline = args.length > 2 && args[2].equals("baseline");
        long start = System.nanoTime();
        Problems problems = new Problems();
        if (!baseline) {
            bodies.validate(body, problems);
        }
        long end = System.nanoTime();
        FirstValidation.report(baseline ? "baseline" : "skiff", start, end, problems.list().size());
    }
}
