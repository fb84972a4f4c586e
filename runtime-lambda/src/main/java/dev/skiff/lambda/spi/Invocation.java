package dev.skiff.lambda.spi;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Optional;

/**
 * What an observability backend learns about one invocation before the event is read.
 *
 * @param context     the Lambda context (null when a harness drives the handler without one)
 * @param coldStart   whether this is the first invocation of the execution environment (or of
 *                    a SnapStart restore); decided by the framework, not by Powertools
 * @param service     the service name ({@code POWERTOOLS_SERVICE_NAME})
 * @param xrayTraceId the trace header's {@code Root}, when there is one
 */
public record Invocation(Context context, boolean coldStart, String service, Optional<String> xrayTraceId) {

    /** The function's name, from the context or else {@code AWS_LAMBDA_FUNCTION_NAME}; may be empty. */
    public String functionName() {
        if (context != null && context.getFunctionName() != null) {
            return context.getFunctionName();
        }
        String fromEnv = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        return fromEnv == null ? "" : fromEnv;
    }
}
