package dev.skiff.lambda.observability;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The framework's cold-start flag, as Powertools for Java (2.9 and later) decides it: true for
 * the first invocation of an execution environment that Lambda initialised on demand
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE} is {@code on-demand}, or unset outside Lambda), and
 * never for one initialised for provisioned concurrency or restored from a SnapStart snapshot,
 * where no caller waited for the initialisation. Taken atomically, so with concurrent
 * invocations exactly one of them is the cold start.
 */
final class ColdStart {
    /** Powertools' and Lambda's value for an environment that a waiting invocation started. */
    static final String ON_DEMAND = "on-demand";

    private final AtomicBoolean pending;

    /** For an environment initialised as {@code initializationType} says (null: on demand). */
    ColdStart(String initializationType) {
        this.pending = new AtomicBoolean(initializationType == null || initializationType.isBlank()
                || ON_DEMAND.equals(initializationType));
    }

    /** True once, for the invocation that takes it, and only in an on-demand environment. */
    boolean take() {
        return pending.get() && pending.getAndSet(false);
    }

    /**
     * After a SnapStart restore: no invocation of this environment is a cold start any more,
     * even if none ran before the snapshot (the restore is not an initialisation anyone waited on).
     */
    void restored() {
        pending.set(false);
    }
}
