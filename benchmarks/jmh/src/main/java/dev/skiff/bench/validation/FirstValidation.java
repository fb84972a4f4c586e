package dev.skiff.bench.validation;

import java.lang.management.ManagementFactory;

/** Prints one line of first-validation timings; the launch time comes from the script. */
final class FirstValidation {
    private FirstValidation() {}

    static void report(String label, long startNanos, long endNanos, int violations) {
        long endMillis = System.currentTimeMillis();
        String launch = System.getProperty("bench.launchMicros");
        double fromLaunch = launch == null ? Double.NaN : endMillis - Long.parseLong(launch) / 1000.0;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("RESULT label=%s first_validation_ms=%.2f from_launch_ms=%.1f from_jvm_start_ms=%d violations=%d%n",
                label, (endNanos - startNanos) / 1e6, fromLaunch, endMillis - jvmStart, violations);
    }
}
