package dev.skiff.bench.validation;

import dev.skiff.bench.app.NewOrder;
import dev.skiff.bench.app.NewOrderValidator;
import dev.skiff.core.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
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
 * interpolation) on the bench app's body, valid and invalid. Both report every violation
 * with its interpolated message; the Skiff side in FastAPI's shape, HV as ConstraintViolations.
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
    private static final List<Object> BODY = List.of("body");

    @Param({"valid", "invalid"})
    public String input;

    private NewOrder order;
    private ValidatorFactory factory;
    private Validator hibernate;

    @Setup(Level.Trial)
    public void setUp() {
        order = input.equals("valid") ? Orders.valid() : Orders.invalid();
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
        NewOrderValidator.validate(order, BODY, problems);
        return problems;
    }

    @Benchmark
    public Set<ConstraintViolation<NewOrder>> hibernate() {
        return hibernate.validate(order);
    }
}
