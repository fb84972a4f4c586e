package dev.skiff.cdk;

/**
 * How a {@link SkiffApi}'s operations map to Lambda functions.
 *
 * <pre>{@code
 * SkiffApiProps.builder(SkiffOperations.class).integrationPattern(IntegrationPattern.SHARED)...
 * }</pre>
 */
public enum IntegrationPattern {
    /**
     * One function per operation, the default for a REST or HTTP API: each has its own role, log
     * group, memory and timeout, all from the same deployment package, and serves its operation
     * only (the {@code SKIFF_OPERATION} variable names it; other routes answer 404). Per-operation
     * options ({@link SkiffApiProps.Builder#operation}) apply here.
     */
    ISOLATED,

    /** One function that routes every operation; what a Function URL always uses. */
    SHARED
}
