package dev.skiff.lambda.observability;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The framework's cold-start flag: true for the first invocation of an execution environment,
 * and again for the first invocation after a SnapStart restore. That is what Powertools
 * reports with SnapStart too (its flag is only cleared by an invocation, and none runs before
 * the snapshot), and what Lambda bills as a restore. Kept apart from Powertools' own flag,
 * which its functional API never clears and {@code withLogging} clears too early.
 */
final class ColdStart {
    private final AtomicBoolean pending = new AtomicBoolean(true);

    /** True once, for the invocation that takes it. */
    boolean take() {
        return pending.getAndSet(false);
    }

    /** Makes the next invocation a cold start again: called after a SnapStart restore. */
    void rearm() {
        pending.set(true);
    }
}
