package dev.skiff.support.validation;

import dev.skiff.core.FrozenMap;
import dev.skiff.support.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Loads and runs the checks generated validators call, on constants, so that a runtime can do
 * it before a SnapStart snapshot (or during init) instead of in the first request: every check
 * class, a reported violation, and the application's {@code ValidationMessages} lookup. It
 * touches no application code and no request data.
 *
 * <p>{@code ValidationPriming.prime();}
 */
public final class ValidationPriming {
    private ValidationPriming() {}

    /** Runs each family of checks once; returns how many of the sample values passed (so the work is not dead code). */
    public static int prime() {
        int passed = 0;
        passed += count(SizeChecks.notBlank("priming"));
        passed += count(SizeChecks.size("priming", 0, 80));
        passed += count(SizeChecks.size(List.of(), 0, 10));
        passed += count(SignChecks.positive(BigDecimal.ONE));
        passed += count(BoundChecks.max(1, 5));
        passed += count(BoundChecks.decimalMax(1.5, BigDecimal.TEN, true));
        passed += count(DigitsChecks.digits(BigDecimal.ONE, 6, 2));
        passed += count(EmailChecks.email("priming@example.com"));
        passed += count(TimeChecks.compareToNow(Instant.EPOCH, null) < 0);
        Problems problems = new Problems();
        Map<String, Object> ctx = FrozenMap.of("min", 1);
        problems.add("min", List.of("body", "priming"), Messages.interpolate("{jakarta.validation.constraints.Min.message}", ctx),
                0, ctx, "value", 0);
        return passed + problems.list().size();
    }

    private static int count(boolean passed) {
        return passed ? 1 : 0;
    }
}
