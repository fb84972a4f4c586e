package dev.skiff.cdk;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * What one operation's function does differently from the API's defaults, in an
 * {@link IntegrationPattern#ISOLATED} deployment. Unset values keep the API's.
 *
 * <pre>{@code
 * SkiffApiProps.builder(SkiffOperations.class)
 *         .operation(SkiffOperations.CREATE_ITEM, OperationOptions.builder()
 *                 .memorySize(2048)
 *                 .timeout(Duration.seconds(10))
 *                 .environment(Map.of("TABLE", "items"))
 *                 .policyStatements(List.of(PolicyStatement.Builder.create()
 *                         .actions(List.of("dynamodb:PutItem")).resources(List.of(tableArn)).build()))
 *                 .build())
 *         ...
 * }</pre>
 */
public final class OperationOptions {

    /** Nothing overridden. */
    static final OperationOptions NONE = builder().build();

    private final Integer memorySize;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final List<PolicyStatement> policyStatements;

    private OperationOptions(Builder b) {
        this.memorySize = b.memorySize;
        this.timeout = b.timeout;
        this.environment = new TreeMap<>(b.environment);
        this.policyStatements = List.copyOf(b.policyStatements);
    }

    /** A builder with nothing overridden. */
    public static Builder builder() {
        return new Builder();
    }

    /** Memory in MiB, or {@code null} for the API's {@code memorySize}. */
    public Integer memorySize() { return memorySize; }
    /** The timeout, or {@code null} for the API's {@code timeout}. */
    public Duration timeout() { return timeout; }
    /** Variables added to (and overriding) the API's {@code environment}, sorted by name. */
    public Map<String, String> environment() { return java.util.Collections.unmodifiableMap(environment); }
    /** Statements added to this operation's function role. */
    public List<PolicyStatement> policyStatements() { return policyStatements; }

    /**
     * Builds {@link OperationOptions}; each setter documents its option.
     *
     * <pre>{@code
     * OperationOptions.builder().memorySize(2048).build();
     * }</pre>
     */
    public static final class Builder {
        private Integer memorySize;
        private Duration timeout;
        private Map<String, String> environment = Map.of();
        private List<PolicyStatement> policyStatements = List.of();

        private Builder() {
        }

        /** Memory in MiB, 128 to 10240. Default: the API's {@code memorySize}. */
        public Builder memorySize(int memorySize) { this.memorySize = memorySize; return this; }

        /** The function timeout, 1 to 900 seconds. Default: the API's {@code timeout}. */
        public Builder timeout(Duration timeout) { this.timeout = timeout; return this; }

        /** Variables for this operation's function only, over the API's. Default: none. */
        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /** Extra IAM statements for this operation's function role. Default: none. */
        public Builder policyStatements(List<PolicyStatement> policyStatements) {
            this.policyStatements = policyStatements;
            return this;
        }

        /** Checks the values and builds the options. */
        public OperationOptions build() {
            Objects.requireNonNull(environment, "environment must not be null");
            Objects.requireNonNull(policyStatements, "policyStatements must not be null");
            if (memorySize != null) {
                PropChecks.inRange("memorySize", memorySize, 128, 10240);
            }
            if (timeout != null) {
                PropChecks.inRange("timeout", timeout.toSeconds().intValue(), 1, 900);
            }
            environment.forEach((name, value) -> {
                if (value == null) {
                    throw new IllegalArgumentException("environment value of " + name + " must not be null");
                }
            });
            return new OperationOptions(this);
        }
    }
}
