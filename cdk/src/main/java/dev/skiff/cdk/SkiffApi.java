package dev.skiff.cdk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.constructs.Construct;

/**
 * Deploys one Skiff API from its Lambda package and its generated {@code SkiffOperations}: by
 * default a REST API with a resource and an IAM-authorised method per operation, one function per
 * operation (X-Ray, a log group with retention, Powertools variables, SnapStart on a published
 * version behind an alias), streaming integrations for streaming operations, CORS preflight, JSON
 * access logs, throttling and a WAFv2 web ACL; or an HTTP API, or a Function URL. Also a
 * {@code <apiName>Url} stack output and an entry in the app's {@link RuntimeConfig}. Nothing is
 * public unless {@link ApiAuth#none()} is chosen.
 *
 * <pre>{@code
 * SkiffApi<SkiffOperations> items = new SkiffApi<>(stack, "ItemsApi",
 *         SkiffApiProps.builder(SkiffOperations.class)
 *                 .packageDirectory("../items/target/lambda")
 *                 .handler("dev.skiff.samples.items.ItemsLambdaHandler::handleRequest")
 *                 .operation(SkiffOperations.CREATE_ITEM, OperationOptions.builder().memorySize(2048).build())
 *                 .build());
 * items.grantInvokeAccess(websiteRole);                           // every operation
 * items.grantInvokeAccess(reportsRole, SkiffOperations.LIST_ITEMS); // one operation
 * }</pre>
 *
 * <p>Child ids are part of the contract: {@code "Api"} (REST or HTTP API) or {@code "FunctionUrl"};
 * a shared function's {@code "Function"}, {@code "Alias"} and {@code "LogGroup"}; for isolated
 * functions the same three under a construct named after each operation ({@code createItem}:
 * {@code "CreateItem"}); {@code "AccessLogs"} and {@code "WebAcl"} for a REST API.
 *
 * @param <O> the API's operations, the generated {@code SkiffOperations}
 */
public final class SkiffApi<O extends Enum<O> & ApiOperation> extends Construct {

    private final String apiName;
    private final SkiffApiProps<O> props;
    private final Map<O, ApiFunction> functions;
    private final FrontDoor frontDoor;
    private final CfnOutput urlOutput;

    /**
     * Creates the API.
     *
     * @throws IllegalArgumentException if the API name (the id, unless {@code apiName} is set) is
     *     not letters and digits, or is already used in this app
     */
    public SkiffApi(Construct scope, String id, SkiffApiProps<O> props) {
        super(scope, id);
        this.props = Objects.requireNonNull(props, "props must not be null");
        this.apiName = props.apiName() != null ? props.apiName()
                : PropChecks.apiName(id, " (apiName defaults to the construct id; set apiName)");
        PropChecks.constructIds(props, apiName);
        RuntimeConfig runtimeConfig = RuntimeConfig.ensure(this);
        this.functions = createFunctions();
        Map<O, IFunction> targets = new EnumMap<>(props.operationsType());
        functions.forEach((operation, function) -> targets.put(operation, function.alias));
        this.frontDoor = switch (props.apiType()) {
            case REST_API -> RestApiFrontDoor.create(this, apiName, targets, props);
            // No route of an API whose operations are all @Unauthenticated would use an authorizer.
            case HTTP_API -> HttpApiFrontDoor.create(this, apiName, targets, props,
                    props.operations().stream().anyMatch(ApiOperation::authenticated)
                            ? props.auth().httpRouteAuthorizer(this, props) : null);
            // every operation maps to the one shared function
            case FUNCTION_URL -> FunctionUrlFrontDoor.create(this, targets.get(props.operations().get(0)), props);
        };
        this.urlOutput = CfnOutput.Builder.create(this, apiName + "Url")
                .description("Base URL of the " + apiName + " API")
                .value(frontDoor.url())
                .build();
        // A stable output name lets scripts and websites find the URL without the hashed path id.
        urlOutput.overrideLogicalId(apiName + "Url");
        runtimeConfig.addApiUrl(apiName, frontDoor.url());
    }

    private Map<O, ApiFunction> createFunctions() {
        Code code = ApiFunction.code(props);
        Map<O, ApiFunction> byOperation = new EnumMap<>(props.operationsType());
        if (props.integrationPattern() == IntegrationPattern.SHARED) {
            ApiFunction shared = ApiFunction.shared(this, apiName, code, props);
            props.operations().forEach(operation -> byOperation.put(operation, shared));
        } else {
            for (O operation : props.operations()) {
                Construct scope = new Construct(this, Names.of(operation));
                byOperation.put(operation, ApiFunction.isolated(scope, apiName, code, props, operation));
            }
        }
        return Collections.unmodifiableMap(byOperation);
    }

    /**
     * Lets a principal call every operation and returns the grant.
     *
     * <ul>
     *   <li>REST or HTTP API: {@code execute-api:Invoke} on
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

    /**
     * Lets a principal call one operation: {@code execute-api:Invoke} on that method and path in
     * every stage, path variables as {@code *} ({@code .../*}{@code /GET/items/*}). IAM's {@code *}
     * also matches slashes, so that grant covers {@code GET /items/stream} too: synthesis warns
     * (skiff:grantCoversMore) naming every other operation a grant reaches.
     *
     * @throws IllegalArgumentException for a {@link ApiType#FUNCTION_URL} API, which is one URL for
     *     every operation
     */
    public Grant grantInvokeAccess(IGrantable grantee, O operation) {
        Objects.requireNonNull(operation, "operation must not be null");
        Grant grant = frontDoor.grantInvoke(grantee, operation);
        List<String> alsoCovered = alsoCovered(operation);
        if (!alsoCovered.isEmpty()) {
            Annotations.of(this).addWarningV2("skiff:grantCoversMore", "grantInvokeAccess for "
                    + operation.operationId() + " also lets the grantee call " + String.join(", ", alsoCovered)
                    + ": in an execute-api ARN a path variable is *, which matches any path below it too");
        }
        return grant;
    }

    /** The other operations an IAM grant for {@code operation} matches: {@code *} spans slashes. */
    private List<String> alsoCovered(O operation) {
        Pattern covered = Pattern.compile(operation.method() + " "
                + Pattern.quote(FrontDoor.executeApiPath(operation)).replace("*", "\\E.+\\Q"));
        return props.operations().stream()
                .filter(other -> other != operation)
                .filter(other -> covered.matcher(other.method() + " " + other.path().replaceAll("\\{[^}/]+}", "x"))
                        .matches())
                .map(ApiOperation::operationId)
                .toList();
    }

    /**
     * Lets browsers from these origins only call the API (such as the website that uses it), in
     * place of {@code allowedOrigins}: the CORS configuration of an HTTP API or a Function URL; a
     * REST API's preflight answers, error answers and its functions' {@code ALLOWED_ORIGINS}
     * variable (with a proxy integration the function names the origin on its own answers).
     *
     * @throws IllegalArgumentException if an origin is not {@code "*"} or scheme and host, or if a
     *     REST API is given more than one (its preflight is a mock that answers one fixed origin; list
     *     several in {@code allowedOrigins} instead)
     */
    public void restrictCorsTo(String... origins) {
        List<String> checked = PropChecks.origins(List.of(origins));
        frontDoor.restrictCorsTo(checked);
        if (props.apiType() == ApiType.REST_API) {
            distinctFunctions().forEach(f -> f.function.addEnvironment(Cors.ALLOWED_ORIGINS_VARIABLE,
                    String.join(",", checked)));
        }
    }

    private List<ApiFunction> distinctFunctions() {
        return functions.values().stream().distinct().toList();
    }

    /** The API's name: output {@code <apiName>Url} and the runtime-config key. */
    public String getApiName() {
        return apiName;
    }

    /** How the API is exposed. */
    public ApiType getApiType() {
        return props.apiType();
    }

    /** How operations map to functions. */
    public IntegrationPattern getIntegrationPattern() {
        return props.integrationPattern();
    }

    /** The base URL (a token until deployment), ending with a slash. */
    public String getUrl() {
        return frontDoor.url();
    }

    /** The function that serves {@code operation} (the same one for every operation when shared). */
    public Function getFunction(O operation) {
        return functions.get(operation).function;
    }

    /** The alias callers of {@code operation} reach, on its function's published version. */
    public Alias getAlias(O operation) {
        return functions.get(operation).alias;
    }

    /** The log group of the function that serves {@code operation}. */
    public LogGroup getLogGroup(O operation) {
        return functions.get(operation).logGroup;
    }

    /** Every distinct function of the API, in operation order. */
    public List<Function> getFunctions() {
        return distinctFunctions().stream().map(f -> f.function).toList();
    }

    /** The REST API ({@code "Api"}), present for {@link ApiType#REST_API}. */
    public Optional<RestApi> getRestApi() {
        return frontDoor instanceof RestApiFrontDoor rest ? Optional.of(rest.api()) : Optional.empty();
    }

    /** The REST API's web ACL ({@code "WebAcl"}), present unless {@code waf} is off. */
    public Optional<CfnWebACL> getWebAcl() {
        return frontDoor instanceof RestApiFrontDoor rest ? rest.webAcl() : Optional.empty();
    }

    /** The HTTP API ({@code "Api"}), present for {@link ApiType#HTTP_API}. */
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
