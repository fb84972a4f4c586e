/**
 * Observability of the Lambda runtime, apart from the adapter that reads events and writes
 * responses: the backend choice ({@link dev.skiff.lambda.observability.Backends}), the state
 * of one execution environment (cold start, X-Ray gate, priming and restore:
 * {@link dev.skiff.lambda.observability.ExecutionEnvironment}), the access line and default
 * metrics of an invocation ({@link dev.skiff.lambda.observability.InvocationRecord}); the
 * lean JSON-line logging, EMF metrics and X-Ray tracing in the {@code logging},
 * {@code metrics} and {@code tracing} sub-packages. Backends plug in through
 * {@link dev.skiff.lambda.spi.ObservabilityBackend}; the rest is internal to the runtime.
 */
package dev.skiff.lambda.observability;
