package dev.skiff.api;

/**
 * The units CloudWatch accepts for a metric, spelled as the Embedded Metric Format writes them.
 *
 * <pre>{@code
 * context.metrics().add("PayloadSize", bytes.length, MetricUnit.BYTES);
 * }</pre>
 */
public enum MetricUnit {
    SECONDS("Seconds"),
    MICROSECONDS("Microseconds"),
    MILLISECONDS("Milliseconds"),
    BYTES("Bytes"),
    KILOBYTES("Kilobytes"),
    MEGABYTES("Megabytes"),
    GIGABYTES("Gigabytes"),
    TERABYTES("Terabytes"),
    BITS("Bits"),
    KILOBITS("Kilobits"),
    MEGABITS("Megabits"),
    GIGABITS("Gigabits"),
    TERABITS("Terabits"),
    PERCENT("Percent"),
    COUNT("Count"),
    BYTES_SECOND("Bytes/Second"),
    KILOBYTES_SECOND("Kilobytes/Second"),
    MEGABYTES_SECOND("Megabytes/Second"),
    GIGABYTES_SECOND("Gigabytes/Second"),
    TERABYTES_SECOND("Terabytes/Second"),
    BITS_SECOND("Bits/Second"),
    KILOBITS_SECOND("Kilobits/Second"),
    MEGABITS_SECOND("Megabits/Second"),
    GIGABITS_SECOND("Gigabits/Second"),
    TERABITS_SECOND("Terabits/Second"),
    COUNT_SECOND("Count/Second"),
    NONE("None");

    private final String emfName;

    MetricUnit(String emfName) {
        this.emfName = emfName;
    }

    /** The unit's name in CloudWatch, such as {@code "Count"} or {@code "Bytes/Second"}. */
    public String emfName() {
        return emfName;
    }
}
