package dev.skiff.cdk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skiff.operations.ApiOperation;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.ILayerVersion;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One function of a {@link SkiffApi}, under {@code scope}: log group ("LogGroup"), function
 * ("Function") and the alias ("Alias") on its current published version that every integration
 * targets, so SnapStart (which applies to published versions only) is what callers hit. A shared
 * function serves every operation; an isolated one serves one, named in
 * {@link ApiOperation#ISOLATION_VARIABLE}, with that operation's options applied.
 */
final class ApiFunction {

    final LogGroup logGroup;
    final Function function;
    final Alias alias;
    private ApiFunction(LogGroup logGroup, Function function, Alias alias) {
        this.logGroup = logGroup;
        this.function = function;
        this.alias = alias;
    }

    /** The function that serves every operation, directly under the API's construct. */
    static <O extends Enum<O> & ApiOperation> ApiFunction shared(Construct scope, String apiName, Code code,
            SkiffApiProps<O> props) {
        return create(scope, "Skiff API " + apiName, apiName, code, props, props.operations(), null,
                OperationOptions.NONE);
    }

    /** The function of {@code operation} alone, under {@code scope} (a construct named after it). */
    static <O extends Enum<O> & ApiOperation> ApiFunction isolated(Construct scope, String apiName, Code code,
            SkiffApiProps<O> props, O operation) {
        String description = "Skiff API " + apiName + ": " + operation.operationId() + " (" + operation.method()
                + " " + operation.path() + ")";
        return create(scope, description, apiName, code, props, List.of(operation), operation.operationId(),
                props.optionsOf(operation));
    }

    private static <O extends Enum<O> & ApiOperation> ApiFunction create(Construct scope, String description,
            String apiName, Code code, SkiffApiProps<O> props, List<O> served, String isolatedOperation,
            OperationOptions options) {
        LogGroup logGroup = LogGroup.Builder.create(scope, "LogGroup")
                .retention(props.logRetention())
                .build();
        boolean skiffRuntime = props.runsSkiffRuntime(served);
        Duration timeout = options.timeout() != null ? options.timeout() : props.timeout();
        Function.Builder fn = Function.Builder.create(scope, "Function")
                .description(description)
                .runtime(props.runtime().lambdaRuntime())
                .architecture(props.architecture())
                .code(code)
                .handler(props.handler())
                .memorySize(options.memorySize() != null ? options.memorySize() : props.memorySize())
                .timeout(timeout)
                .tracing(props.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .logGroup(logGroup)
                .environment(environment(apiName, props, options, isolatedOperation, skiffRuntime))
                .layers(layers(scope, props));
        if (props.snapStart()) {
            fn.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        Function function = fn.build();
        for (PolicyStatement statement : options.policyStatements()) {
            function.addToRolePolicy(statement);
        }
        if (props.snapStart()) {
            // aws-lambda warns because it cannot see that the alias below publishes the version.
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "SkiffApi publishes the current version behind its alias");
        }
        Alias alias = Alias.Builder.create(scope, "Alias")
                .aliasName(props.aliasName())
                .version(function.getCurrentVersion())
                .build();
        return new ApiFunction(logGroup, function, alias);
    }

    /** The deployment package every function of the API shares (one asset, staged once). */
    static Code code(SkiffApiProps<?> props) {
        if (props.code() != null) {
            return props.code();
        }
        Path application = props.jarPath() != null ? props.jarPath() : props.packageDirectory();
        // A native bootstrap starts the server itself, so only a JVM needs the generated run.sh.
        if (props.usesWebAdapter() && props.runtime().isJvm()) {
            return Code.fromAsset(LaunchPackage.stage(application, props.mainClass()).toString());
        }
        return Code.fromAsset(application.toAbsolutePath().normalize().toString());
    }

    /**
     * Powertools defaults first, then the API's variables, then the operation's, then what the
     * construct owns: the operation an isolated function serves, a REST API's allowed origins, and
     * what starts (or buffers) Skiff's runtime.
     */
    private static Map<String, String> environment(String apiName, SkiffApiProps<?> props, OperationOptions options,
            String isolatedOperation, boolean skiffRuntime) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POWERTOOLS_SERVICE_NAME", orElse(props.serviceName(), apiName));
        env.put("POWERTOOLS_METRICS_NAMESPACE", orElse(props.metricsNamespace(), apiName));
        env.put("POWERTOOLS_LOG_LEVEL", props.logLevel());
        env.putAll(props.environment());
        env.putAll(options.environment());
        if (isolatedOperation != null) {
            env.put(ApiOperation.ISOLATION_VARIABLE, isolatedOperation);
        }
        if (props.apiType() == ApiType.REST_API) {
            // A REST API's proxy integration leaves the CORS headers of real answers to the function.
            env.put(Cors.ALLOWED_ORIGINS_VARIABLE, String.join(",", props.allowedOrigins()));
        }
        if (props.usesWebAdapter()) {
            env.putAll(WebAdapter.environment(props.runtime(), props.port()));
        } else if (skiffRuntime) {
            env.putAll(PackageDirectory.environment(props.runtime()));
        } else if (!props.runtime().isJvm()) {
            // A native bootstrap is Skiff's runtime, which would stream to an integration that buffers.
            env.put(PackageDirectory.RESPONSE_MODE_VARIABLE, "buffered");
        }
        return env;
    }

    private static List<ILayerVersion> layers(Construct scope, SkiffApiProps<?> props) {
        List<ILayerVersion> layers = new ArrayList<>();
        if (props.usesWebAdapter()) {
            String arn = WebAdapter.layerArn(Stack.of(scope).getRegion(), props.architecture(),
                    props.webAdapterLayerVersion());
            layers.add(LayerVersion.fromLayerVersionArn(scope, "WebAdapterLayer", arn));
        }
        return layers;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
