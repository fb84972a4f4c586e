package dev.skiff.validation.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skiff.core.ValidationProblem;
import dev.skiff.support.Problems;
import dev.skiff.validation.fixtures.AccountValidator;
import dev.skiff.validation.fixtures.AdminAccountValidator;
import dev.skiff.validation.fixtures.ContainersValidator;
import dev.skiff.validation.fixtures.CustomValidator;
import dev.skiff.validation.fixtures.FlagsValidator;
import dev.skiff.validation.fixtures.GenericsValidator;
import dev.skiff.validation.fixtures.NumbersValidator;
import dev.skiff.validation.fixtures.TextsValidator;
import dev.skiff.validation.fixtures.TimesValidator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Generates inputs for every fixture and checks that the generated validator and Hibernate
 * Validator report the same set of (loc, message). The seed is printed; rerun one with
 * {@code -Dskiff.seed=...}. Inputs per fixture: {@code -Dskiff.inputs=...} (default 2,000).
 */
class DifferentialTest {
    private static final long SEED = Long.getLong("skiff.seed", System.nanoTime());
    private static final int INPUTS = Integer.getInteger("skiff.inputs", 2_000);
    private static final Oracle HIBERNATE = new Oracle(Fixtures.CLOCK);
    private static final AtomicLong COMPARED = new AtomicLong();
    private static final AtomicLong VIOLATIONS = new AtomicLong();

    @Test
    void texts() {
        compare(Fixtures::texts, (v, p) -> TextsValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void numbers() {
        compare(Fixtures::numbers, (v, p) -> NumbersValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void flags() {
        compare(Fixtures::flags, (v, p) -> FlagsValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void times() {
        compare(Fixtures::times, (v, p) -> TimesValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void containersAndCascades() {
        compare(Fixtures::containers, (v, p) -> ContainersValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void genericRecordsCascadeThroughTheirTypeArguments() {
        compare(Fixtures::generics, (v, p) -> GenericsValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void beanFieldsAndGetters() {
        compare(Fixtures::account, (v, p) -> AccountValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void inheritedBeanProperties() {
        compare(Fixtures::adminAccount, (v, p) -> AdminAccountValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @Test
    void customConstraints() {
        compare(Fixtures::custom, (v, p) -> CustomValidator.validate(v, List.of(), p, Fixtures.CLOCK));
    }

    @AfterAll
    static void report() {
        System.out.printf("Differential validation: compared %,d inputs (%,d violations) with Hibernate Validator, seed %d%n",
                COMPARED.get(), VIOLATIONS.get(), SEED);
    }

    /** Set elements have no index under Hibernate Validator ("*" there); Skiff's loc gives the iteration index. */
    private static List<Object> comparable(List<Object> loc) {
        List<Object> result = new java.util.ArrayList<>(loc);
        for (int i = 0; i + 1 < result.size(); i++) {
            if ("codes".equals(result.get(i)) && result.get(i + 1) instanceof Integer) {
                result.set(i + 1, "*");
            }
        }
        return result;
    }

    private static <T> void compare(Function<Inputs, T> generator, BiConsumer<T, Problems> generated) {
        Inputs inputs = new Inputs(SEED ^ generator.hashCode());
        for (int i = 0; i < INPUTS; i++) {
            T value = generator.apply(inputs);
            Problems problems = new Problems();
            generated.accept(value, problems);
            Set<String> ours = new TreeSet<>();
            for (ValidationProblem problem : problems.list()) {
                ours.add(comparable(problem.loc()) + " " + problem.msg());
            }
            Set<String> theirs = HIBERNATE.violations(value);
            assertThat(ours).as("seed %d, input %d: %s", SEED, i, value).isEqualTo(theirs);
            COMPARED.incrementAndGet();
            VIOLATIONS.addAndGet(theirs.size());
        }
    }
}
