package dev.skiff.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Lambda context the loop builds from the {@code next} headers and the function's variables. */
class InvocationContextTest {
    private static final Map<String, String> HEADERS = Map.of(
            "lambda-runtime-aws-request-id", "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
            "lambda-runtime-deadline-ms", "1542409706888",
            "lambda-runtime-invoked-function-arn", "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
            "lambda-runtime-trace-id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
            "lambda-runtime-client-context", "{\"client\":{\"installation_id\":\"i-1\",\"app_title\":\"Items\","
                    + "\"app_version_name\":\"1.2\",\"app_version_code\":\"12\",\"app_package_name\":\"dev.items\"},"
                    + "\"custom\":{\"tenant\":\"acme\"},\"env\":{\"platform\":\"Android\"}}",
            "lambda-runtime-cognito-identity", "{\"cognitoIdentityId\":\"eu-west-1:abc\",\"cognitoIdentityPoolId\":\"eu-west-1:pool\"}",
            "lambda-runtime-aws-tenant-id", "tenant-7");

    private static InvocationContext context(Map<String, String> headers, long now) {
        NextInvocation next = NextInvocation.of(headers, new byte[0]);
        return new InvocationContext(next, InvocationContext.FunctionEnvironment.of(Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", "custom-runtime", "AWS_LAMBDA_FUNCTION_VERSION", "7",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024", "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/custom-runtime",
                "AWS_LAMBDA_LOG_STREAM_NAME", "2026/12/06/[7]abc")::get), () -> now,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void everyNextHeader_andTheFunctionsVariables_reachTheContext() {
        InvocationContext context = context(HEADERS, 1542409706888L - 2_500);

        assertThat(context.getAwsRequestId()).isEqualTo("8476a536-e9f4-11e8-9739-2dfe598c3fcd");
        assertThat(context.getRemainingTimeInMillis()).isEqualTo(2_500);
        assertThat(context.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:us-east-2:123456789012:function:custom-runtime");
        assertThat(context.getXrayTraceId()).startsWith("Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;");
        assertThat(context.getTenantId()).isEqualTo("tenant-7");
        assertThat(context.getFunctionName()).isEqualTo("custom-runtime");
        assertThat(context.getFunctionVersion()).isEqualTo("7");
        assertThat(context.getMemoryLimitInMB()).isEqualTo(1024);
        assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/custom-runtime");
        assertThat(context.getLogStreamName()).isEqualTo("2026/12/06/[7]abc");
        ClientContext client = context.getClientContext();
        assertThat(client.getClient().getInstallationId()).isEqualTo("i-1");
        assertThat(client.getClient().getAppTitle()).isEqualTo("Items");
        assertThat(client.getClient().getAppVersionName()).isEqualTo("1.2");
        assertThat(client.getClient().getAppVersionCode()).isEqualTo("12");
        assertThat(client.getClient().getAppPackageName()).isEqualTo("dev.items");
        assertThat(client.getCustom()).containsExactly(Map.entry("tenant", "acme"));
        assertThat(client.getEnvironment()).containsExactly(Map.entry("platform", "Android"));
        assertThat(context.getIdentity().getIdentityId()).isEqualTo("eu-west-1:abc");
        assertThat(context.getIdentity().getIdentityPoolId()).isEqualTo("eu-west-1:pool");
    }

    @Test
    void absentOrUnreadableOptionalHeaders_giveNoClientContextOrIdentity_andAPastDeadlineGivesZero() {
        Map<String, String> headers = Map.of("lambda-runtime-aws-request-id", "r-1",
                "lambda-runtime-deadline-ms", "1000", "lambda-runtime-client-context", "{not json");

        InvocationContext context = context(headers, 5_000);

        assertThat(context.getClientContext()).isNull();
        assertThat(context.getIdentity()).isNull();
        assertThat(context.getXrayTraceId()).isNull();
        assertThat(context.getRemainingTimeInMillis()).isZero();
    }
}
