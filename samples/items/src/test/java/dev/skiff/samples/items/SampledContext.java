package dev.skiff.samples.items;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** A Lambda context as the runtime passes it, with the invocation's X-Ray trace header. */
record SampledContext(String awsRequestId, String xrayTraceId) implements Context {
    @Override
    public String getAwsRequestId() {
        return awsRequestId;
    }

    @Override
    public String getXrayTraceId() {
        return xrayTraceId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/items";
    }

    @Override
    public String getLogStreamName() {
        return "2026/11/28/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "items";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:eu-west-1:123456789012:function:items";
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
}
