package dev.skiff.cdk;

import java.util.Objects;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * Deploys one Skiff API: a Lambda function from the API's Lambda package or jar (X-Ray, a log group
 * with retention, Powertools variables, SnapStart on a published version behind an alias), in front
 * of it either an IAM-authorised HTTP API with CORS or an IAM-authenticated, response-streaming
 * Function URL served by Skiff's own Lambda runtime (or, if chosen, the app's local server behind
 * the Lambda Web Adapter); a {@code <apiName>Url} stack output and an entry in the app's
 * {@link RuntimeConfig}. Nothing is public unless {@link ApiAuth#none()} is chosen.
 *
 * <pre>{@code
 * SkiffApi items = new SkiffApi(stack, "ItemsApi", SkiffApiProps.builder()
 *         .apiType(ApiType.FUNCTION_URL)
 *         .packageDirectory("../items/target/lambda")
 *         .handler("dev.skiff.samples.items.ItemsLambdaHandler::handleRequest")
 *         .build());
 * items.grantInvokeAccess(websiteRole);
 * }</pre>
 *
 * <p>Child ids are part of the contract: {@code "Function"}, {@code "Alias"}, {@code "LogGroup"},
 * and {@code "Api"} (HTTP API) or {@code "FunctionUrl"}.
 */
public final class SkiffApi extends Construct {

    private final String apiName;
    private final ApiType apiType;
    private final ApiFunction function;
    private final FrontDoor frontDoor;
    private final CfnOutput urlOutput;

    /**
     * Creates the API.
     *
     * @throws IllegalArgumentException if the API name (the id, unless {@code apiName} is set) is
     *     not letters and digits, or is already used in this app
     */
    public SkiffApi(Construct scope, String id, SkiffApiProps props) {
        super(scope, id);
        Objects.requireNonNull(props, "props must not be null");
        this.apiName = props.apiName() != null ? props.apiName()
                : PropChecks.apiName(id, " (apiName defaults to the construct id; set apiName)");
        this.apiType = props.apiType();
        RuntimeConfig runtimeConfig = RuntimeConfig.ensure(this);
        this.function = ApiFunction.create(this, apiName, props);
        this.frontDoor = apiType == ApiType.API_GATEWAY
                ? HttpApiFrontDoor.create(this, apiName, function.alias, props)
                : FunctionUrlFrontDoor.create(this, function.alias, props);
        this.urlOutput = CfnOutput.Builder.create(this, apiName + "Url")
                .description("Base URL of the " + apiName + " API")
                .value(frontDoor.url())
                .build();
        // A stable output name lets scripts and websites find the URL without the hashed path id.
        urlOutput.overrideLogicalId(apiName + "Url");
        runtimeConfig.addApiUrl(apiName, frontDoor.url());
    }

    /**
     * Lets a principal call the API and returns the grant.
     *
     * <ul>
     *   <li>{@link ApiType#API_GATEWAY}: {@code execute-api:Invoke} on
     *       {@code arn:<partition>:execute-api:<region>:<account>:<apiId>/*}{@code /*}{@code /*}
     *       (every stage, method and path). It matters for {@link ApiAuth#iam()}, the default.</li>
     *   <li>{@link ApiType#FUNCTION_URL}: {@code lambda:InvokeFunctionUrl} on the alias with the
     *       condition {@code StringEquals lambda:FunctionUrlAuthType = AWS_IAM}, and
     *       {@code lambda:InvokeFunction} on the alias with {@code Bool
     *       lambda:InvokedViaFunctionUrl = true}, which Lambda has required for new Function URLs
     *       since October 2025.</li>
     * </ul>
     */
    public Grant grantInvokeAccess(IGrantable grantee) {
        return frontDoor.grantInvoke(grantee);
    }

    /** The API's name: output {@code <apiName>Url} and the runtime-config key. */
    public String getApiName() {
        return apiName;
    }

    /** How the API is exposed. */
    public ApiType getApiType() {
        return apiType;
    }

    /** The base URL (a token until deployment), ending with a slash. */
    public String getUrl() {
        return frontDoor.url();
    }

    /** The Lambda function ({@code "Function"}). */
    public Function getFunction() {
        return function.function;
    }

    /** The alias on the published version that callers reach ({@code "Alias"}). */
    public Alias getAlias() {
        return function.alias;
    }

    /** The function's log group ({@code "LogGroup"}). */
    public LogGroup getLogGroup() {
        return function.logGroup;
    }

    /** The HTTP API ({@code "Api"}), present for {@link ApiType#API_GATEWAY}. */
    public Optional<HttpApi> getHttpApi() {
        return frontDoor instanceof HttpApiFrontDoor http ? Optional.of(http.api()) : Optional.empty();
    }

    /** The Function URL ({@code "FunctionUrl"}), present for {@link ApiType#FUNCTION_URL}. */
    public Optional<FunctionUrl> getFunctionUrl() {
        return frontDoor instanceof FunctionUrlFrontDoor url
                ? Optional.of(url.functionUrl()) : Optional.empty();
    }

    /** The {@code <apiName>Url} stack output. */
    public CfnOutput getUrlOutput() {
        return urlOutput;
    }
}
