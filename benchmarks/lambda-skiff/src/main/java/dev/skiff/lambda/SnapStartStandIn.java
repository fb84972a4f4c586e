package dev.skiff.lambda;

/**
 * Runs SkiffLambdaHandler's SnapStart priming on a JVM without CRaC, so the cold-start
 * harness can show what priming moves into the snapshot. Benchmark-only; on Lambda, org.crac
 * (or Skiff's runtime loop, before {@code /runtime/restore/next}) calls the same method.
 */
public final class SnapStartStandIn {
    private SnapStartStandIn() {}

    /** What {@code beforeCheckpoint} does. */
    public static void prime(SkiffLambdaHandler handler) {
        handler.beforeCheckpoint();
    }
}
