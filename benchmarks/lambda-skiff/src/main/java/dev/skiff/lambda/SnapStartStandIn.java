package dev.skiff.lambda;

/**
 * Runs SkiffLambdaHandler's SnapStart priming on a JVM without CRaC, so the cold-start
 * harness can show what priming moves into the snapshot. Benchmark-only: it sits in the
 * runtime's package because priming is (rightly) not public API; on Lambda, org.crac calls it
 * from {@code beforeCheckpoint}.
 */
public final class SnapStartStandIn {
    private SnapStartStandIn() {}

    /** What {@code beforeCheckpoint} does. */
    public static void prime(SkiffLambdaHandler handler) {
        handler.prime();
    }
}
