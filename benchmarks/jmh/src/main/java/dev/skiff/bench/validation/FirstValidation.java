package dev.skiff.bench.validation;

import java.lang.management.ManagementFactory;

/** Prints one line of first-validation timings; the launch time comes from the script. */
final class FirstValidation {
    private FirstValidation() {}

    /**
     * Whether the body is written as JSON and read back by Skiff's mapper before the timed region
     * ({@code -Dbench.from=json}), as a request's body is read before it is validated: the JVM
     * has then run Jackson and loaded a few hundred classes, as a started service has.
     */
    static boolean fromJson() {
        return "json".equals(System.getProperty("bench.from"));
    }

    static void report(String label, long startNanos, long endNanos, int violations) {
        long endMillis = System.currentTimeMillis();
        String launch = System.getProperty("bench.launchMicros");
        double fromLaunch = launch == null ? Double.NaN : endMillis - Long.parseLong(launch) / 1000.0;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("RESULT label=%s first_validation_ms=%.2f from_launch_ms=%.1f from_jvm_start_ms=%d violations=%d%n",
                label, (endNanos - startNanos) / 1e6, fromLaunch, endMillis - jvmStart, violations);
    }
}
