package dev.skiff.cdk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Stack;
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
 * Creates the function side of a {@link SkiffApi}: log group, function ("Function"), and the alias
 * on its current published version that every integration targets, so SnapStart (which applies to
 * published versions only) is what callers hit.
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

    static ApiFunction create(Construct scope, String apiName, SkiffApiProps props) {
        LogGroup logGroup = LogGroup.Builder.create(scope, "LogGroup")
                .retention(props.logRetention())
                .build();
        Function.Builder fn = Function.Builder.create(scope, "Function")
                .description("Skiff API " + apiName)
                .runtime(props.runtime().lambdaRuntime())
                .architecture(props.architecture())
                .code(code(props))
                .handler(props.handler())
                .memorySize(props.memorySize())
                .timeout(props.timeout())
                .tracing(props.tracing() ? Tracing.ACTIVE : Tracing.DISABLED)
                .logGroup(logGroup)
                .environment(environment(apiName, props))
                .layers(layers(scope, props));
        if (props.snapStart()) {
            fn.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        Function function = fn.build();
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

    private static Code code(SkiffApiProps props) {
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

    /** Powertools defaults first, then the user's variables, then what starts the streaming runtime. */
    private static Map<String, String> environment(String apiName, SkiffApiProps props) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POWERTOOLS_SERVICE_NAME", orElse(props.serviceName(), apiName));
        env.put("POWERTOOLS_METRICS_NAMESPACE", orElse(props.metricsNamespace(), apiName));
        env.put("POWERTOOLS_LOG_LEVEL", props.logLevel());
        env.putAll(props.environmentMap());
        if (props.usesWebAdapter()) {
            env.putAll(WebAdapter.environment(props.runtime(), props.port()));
        }
        if (props.usesSkiffStreaming()) {
            env.putAll(PackageDirectory.environment(props.runtime()));
        }
        return env;
    }

    private static List<ILayerVersion> layers(Construct scope, SkiffApiProps props) {
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
