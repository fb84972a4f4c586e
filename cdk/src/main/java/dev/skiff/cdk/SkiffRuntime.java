package dev.skiff.cdk;

import software.amazon.awscdk.services.lambda.Runtime;

/**
 * The Lambda runtime a {@link SkiffApi} runs on: a managed Java runtime for the API's jar, or
 * {@code provided.al2023} for a GraalVM native binary.
 *
 * <pre>{@code
 * SkiffApiProps.builder(SkiffOperations.class).runtime(SkiffRuntime.JAVA_25)...
 * }</pre>
 */
public enum SkiffRuntime {
    /** Java 17 (Amazon Corretto), {@code java17}. */
    JAVA_17(Runtime.JAVA_17),
    /** Java 21 (Amazon Corretto), {@code java21}; the default. */
    JAVA_21(Runtime.JAVA_21),
    /** Java 25 (Amazon Corretto), {@code java25}. */
    JAVA_25(Runtime.JAVA_25),
    /**
     * {@code provided.al2023} for a GraalVM native executable named {@code bootstrap} at the root of
     * the deployment package. SnapStart is not available for it.
     */
    NATIVE(Runtime.PROVIDED_AL2023);

    private final Runtime lambdaRuntime;

    SkiffRuntime(Runtime lambdaRuntime) {
        this.lambdaRuntime = lambdaRuntime;
    }

    /** The aws-lambda runtime this choice deploys to. */
    public Runtime lambdaRuntime() {
        return lambdaRuntime;
    }

    /** Whether the function runs a JVM (and so a jar) rather than a native binary. */
    public boolean isJvm() {
        return this != NATIVE;
    }

    /** The runtime identifier Lambda uses, such as {@code java21}. */
    public String id() {
        return lambdaRuntime.getName();
    }
}
