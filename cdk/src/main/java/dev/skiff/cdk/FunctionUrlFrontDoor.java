package dev.skiff.cdk;

import java.util.List;
import java.util.Map;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.lambda.CfnUrl;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlCorsOptions;
import software.amazon.awscdk.services.lambda.HttpMethod;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.InvokeMode;
import software.constructs.Construct;

/**
 * An {@code AWS_IAM} Function URL ("FunctionUrl") on the function's alias, in response-streaming
 * mode so that Skiff's runtime (or the Web Adapter) can pass chunks on as the application writes them.
 */
final class FunctionUrlFrontDoor implements FrontDoor {

    private final FunctionUrl functionUrl;
    private final IFunction target;

    private FunctionUrlFrontDoor(FunctionUrl functionUrl, IFunction target) {
        this.functionUrl = functionUrl;
        this.target = target;
    }

    static FunctionUrlFrontDoor create(Construct scope, IFunction target, SkiffApiProps<?> props) {
        FunctionUrl url = FunctionUrl.Builder.create(scope, "FunctionUrl")
                .function(target)
                .authType(FunctionUrlAuthType.AWS_IAM)
                .invokeMode(InvokeMode.RESPONSE_STREAM)
                .cors(FunctionUrlCorsOptions.builder()
                        .allowedOrigins(props.allowedOrigins())
                        .allowedMethods(List.of(HttpMethod.ALL))
                        .allowedHeaders(Cors.ALLOWED_HEADERS)
                        .build())
                .build();
        return new FunctionUrlFrontDoor(url, target);
    }

    @Override
    public Grant grantInvoke(IGrantable grantee, ApiOperation operation) {
        throw new IllegalArgumentException("grantInvokeAccess per operation needs a REST_API or HTTP_API front door;"
                + " a FUNCTION_URL api is one URL for every operation, got " + operation.operationId()
                + "; grant it whole with grantInvokeAccess(grantee)");
    }

    @Override
    public void restrictCorsTo(List<String> origins) {
        ((CfnUrl) functionUrl.getNode().getDefaultChild()).addPropertyOverride("Cors.AllowOrigins", origins);
    }

    FunctionUrl functionUrl() {
        return functionUrl;
    }

    @Override
    public String url() {
        return functionUrl.getUrl();
    }

    /**
     * Since October 2025 Lambda checks both actions for a new Function URL: the URL action limited
     * to IAM-authenticated URLs, and the invoke action limited to calls that came through a URL, so
     * the grant does not also open the plain Invoke API.
     */
    @Override
    public Grant grantInvoke(IGrantable grantee) {
        String arn = target.getFunctionArn();
        Grant url = Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("lambda:InvokeFunctionUrl"))
                .resourceArns(List.of(arn))
                .conditions(Map.of("StringEquals", Map.of("lambda:FunctionUrlAuthType", "AWS_IAM")))
                .build());
        Grant invoke = Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(List.of("lambda:InvokeFunction"))
                .resourceArns(List.of(arn))
                .conditions(Map.of("Bool", Map.of("lambda:InvokedViaFunctionUrl", "true")))
                .build());
        return url.combine(invoke);
    }
}
