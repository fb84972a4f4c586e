package dev.skiff.bench.validation;

import dev.skiff.support.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated validator against Hibernate Validator 9 (with Expressly for message
 * interpolation) on the sample's {@code NewItem} and the bench app's {@code NewOrder}, valid
 * and invalid. Both report every violation with its interpolated message; the Skiff side in
 * FastAPI's shape, Hibernate Validator as ConstraintViolations.
 *
 * <pre>{@code
 * java -jar benchmarks/jmh/target/benchmarks.jar ValidationBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {
    @Param({"item", "order"})
    public String body;

    @Param({"valid", "invalid"})
    public String input;

    private Bodies bodies;
    private Object value;
    private ValidatorFactory factory;
    private Validator hibernate;

    @Setup(Level.Trial)
    public void setUp() {
        bodies = Bodies.named(body);
        value = input.equals("valid") ? bodies.valid() : bodies.invalid();
        factory = Validation.buildDefaultValidatorFactory();
        hibernate = factory.getValidator();
        int skiffCount = skiff().list().size();
        int hibernateCount = hibernate().size();
        if (skiffCount != hibernateCount) {
            throw new IllegalStateException("Skiff found " + skiffCount + " violations, Hibernate Validator " + hibernateCount);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    @Benchmark
    public Problems skiff() {
        Problems problems = new Problems();
        bodies.validate(value, problems);
        return problems;
    }

    @Benchmark
    public Set<ConstraintViolation<Object>> hibernate() {
        return hibernate.validate(value);
    }
}
