package dev.skiff.lambda.runtime;

import java.util.Map;

/**
 * One invocation as {@code GET /runtime/invocation/next} delivers it: the event, and what its
 * {@code Lambda-Runtime-*} headers say.
 *
 * @param requestId        {@code Lambda-Runtime-Aws-Request-Id}
 * @param deadlineMillis   {@code Lambda-Runtime-Deadline-Ms}: when the invocation times out, in epoch milliseconds
 * @param functionArn      {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId          {@code Lambda-Runtime-Trace-Id}, the X-Ray trace header; may be null
 * @param clientContext    {@code Lambda-Runtime-Client-Context} (JSON), for invocations from the mobile SDK; may be null
 * @param cognitoIdentity  {@code Lambda-Runtime-Cognito-Identity} (JSON); may be null
 * @param tenantId         {@code Lambda-Runtime-Aws-Tenant-Id}, for tenant-isolated functions; may be null
 * @param event            the event's bytes
 */
record NextInvocation(String requestId, long deadlineMillis, String functionArn, String traceId,
                      String clientContext, String cognitoIdentity, String tenantId, byte[] event) {

    static NextInvocation of(Map<String, String> headers, byte[] event) {
        String requestId = headers.get("lambda-runtime-aws-request-id");
        if (requestId == null || requestId.isEmpty()) {
            throw new IllegalStateException("the Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id");
        }
        return new NextInvocation(requestId, deadline(headers.get("lambda-runtime-deadline-ms")),
                headers.get("lambda-runtime-invoked-function-arn"), headers.get("lambda-runtime-trace-id"),
                headers.get("lambda-runtime-client-context"), headers.get("lambda-runtime-cognito-identity"),
                headers.get("lambda-runtime-aws-tenant-id"), event);
    }

    private static long deadline(String header) {
        try {
            return header == null ? Long.MAX_VALUE : Long.parseLong(header.trim());
        } catch (NumberFormatException unreadable) {
            return Long.MAX_VALUE;
        }
    }
}
