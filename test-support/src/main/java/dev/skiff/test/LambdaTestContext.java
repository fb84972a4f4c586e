package dev.skiff.test;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * A Lambda context as the runtime would pass it, for tests that drive a Lambda handler: a
 * fixed function ({@value #ARN}), the given request id and, for sampled invocations, an
 * X-Ray trace header.
 *
 * <pre>{@code
 * handler.handleRequest(event, out, new LambdaTestContext("req-1", "Root=1-...;Sampled=1"));
 * }</pre>
 *
 * @param awsRequestId the invocation's request id
 * @param xrayTraceId  the {@code _X_AMZN_TRACE_ID} header value, or null
 */
public record LambdaTestContext(String awsRequestId, String xrayTraceId) implements Context {
    /** The function's ARN. */
    public static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:items-api";

    /** An unsampled invocation. */
    public LambdaTestContext(String awsRequestId) {
        this(awsRequestId, null);
    }

    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/items-api";
    }

    @Override
    public String getLogStreamName() {
        return "2026/11/28/[$LATEST]abcdef";
    }

    @Override
    public String getFunctionName() {
        return "items-api";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return ARN;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 512;
    }

    @Override
    public LambdaLogger getLogger() {
        return null;
    }

    @Override
    public String getXrayTraceId() {
        return xrayTraceId;
    }
}
