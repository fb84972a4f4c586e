package dev.skiff.lambda.observability;

import com.amazonaws.services.lambda.runtime.Context;
import dev.skiff.lambda.spi.Invocation;
import org.slf4j.MDC;

/**
 * Puts an invocation's Lambda fields into the MDC under Powertools' keys, as Powertools does,
 * so any SLF4J backend prints them. Public for the Powertools module, which keeps the
 * framework's cold-start flag over Powertools' own.
 *
 * <pre>{@code
 * LambdaLogFields.put(invocation);
 * }</pre>
 */
public final class LambdaLogFields {
    private LambdaLogFields() {}

    /** Puts {@code function_*}, {@code cold_start}, {@code service} and {@code xray_trace_id}. */
    public static void put(Invocation invocation) {
        Context context = invocation.context();
        if (context != null) {
            putIfPresent("function_name", context.getFunctionName());
            putIfPresent("function_version", context.getFunctionVersion());
            putIfPresent("function_arn", context.getInvokedFunctionArn());
            MDC.put("function_memory_size", Integer.toString(context.getMemoryLimitInMB()));
            putIfPresent("function_request_id", context.getAwsRequestId());
        }
        MDC.put("cold_start", Boolean.toString(invocation.coldStart()));
        MDC.put("service", invocation.service());
        invocation.xrayTraceId().ifPresent(id -> MDC.put("xray_trace_id", id));
    }

    private static void putIfPresent(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
