package dev.skiff.cdk;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

import dev.skiff.operations.ApiOperation;

/**
 * The props of a {@link SkiffApi}, built and checked by {@link #builder(Class)}, which takes the
 * API's generated {@code SkiffOperations} enum so that per-operation options name operations the
 * compiler checks. Every prop has a default except the code (a package directory, a jar path or a
 * prepared {@link Code}) and what starts it (the Lambda handler, or the main class behind the Web
 * Adapter).
 *
 * <pre>{@code
 * SkiffApiProps<SkiffOperations> props = SkiffApiProps.builder(SkiffOperations.class)
 *         .packageDirectory("../items/target/lambda")
 *         .handler("dev.skiff.samples.items.ItemsLambdaHandler::handleRequest")
 *         .operation(SkiffOperations.CREATE_ITEM, OperationOptions.builder().memorySize(2048).build())
 *         .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} for a value out of range or a
 * combination that cannot deploy, saying what it got and what is allowed.
 *
 * @param <O> the API's operations, the generated {@code SkiffOperations}
 */
public final class SkiffApiProps<O extends Enum<O> & ApiOperation> {

    /** Stage throttling defaults, as the Nx plugin's constructs set them. */
    static final double DEFAULT_RATE_LIMIT = 10_000;
    static final int DEFAULT_BURST_LIMIT = 5_000;

    private final Class<O> operationsType;
    private final List<O> operations;
    private final IntegrationPattern integrationPattern;
    private final Map<O, OperationOptions> operationOptions;
    private final boolean waf;
    private final Boolean wafSetting;
    private final StreamingRuntime streamingRuntimeSetting;
    private final double throttlingRateLimit;
    private final int throttlingBurstLimit;
    private final String stageName;

    private final String apiName;
    private final ApiType apiType;
    private final Path jarPath;
    private final Path packageDirectory;
    private final Code code;
    private final String handler;
    private final String mainClass;
    private final StreamingRuntime streamingRuntime;
    private final SkiffRuntime runtime;
    private final Architecture architecture;
    private final int memorySize;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final boolean tracing;
    private final RetentionDays logRetention;
    private final String serviceName;
    private final String metricsNamespace;
    private final String logLevel;
    private final boolean snapStart;
    private final ApiAuth auth;
    private final List<String> allowedOrigins;
    private final int webAdapterLayerVersion;
    private final int port;
    private final String aliasName;

    private SkiffApiProps(Builder<O> b) {
        this.operationsType = b.operationsType;
        this.operations = List.copyOf(EnumSet.allOf(b.operationsType));
        this.apiName = b.apiName;
        this.apiType = b.apiType;
        this.integrationPattern = b.integrationPattern != null ? b.integrationPattern
                : b.apiType == ApiType.FUNCTION_URL ? IntegrationPattern.SHARED : IntegrationPattern.ISOLATED;
        this.operationOptions = Collections.unmodifiableMap(new EnumMap<>(b.operationOptions));
        this.wafSetting = b.waf;
        this.waf = b.waf != null ? b.waf : b.apiType == ApiType.REST_API;
        this.streamingRuntimeSetting = b.streamingRuntime;
        this.throttlingRateLimit = b.throttlingRateLimit;
        this.throttlingBurstLimit = b.throttlingBurstLimit;
        this.stageName = b.stageName;
        this.jarPath = b.jarPath;
        this.packageDirectory = b.packageDirectory;
        this.code = b.code;
        this.runtime = b.runtime;
        this.streamingRuntime = b.streamingRuntime != null ? b.streamingRuntime : StreamingRuntime.SKIFF;
        this.handler = b.handler != null ? b.handler : defaultHandler(b);
        this.mainClass = b.mainClass;
        this.architecture = b.architecture;
        this.memorySize = b.memorySize;
        this.timeout = b.timeout;
        this.environment = new TreeMap<>(b.environment);
        this.tracing = b.tracing;
        this.logRetention = b.logRetention;
        this.serviceName = b.serviceName;
        this.metricsNamespace = b.metricsNamespace;
        this.logLevel = b.logLevel == null ? null : b.logLevel.toUpperCase(Locale.ROOT);
        this.snapStart = b.snapStart != null ? b.snapStart : b.runtime.isJvm();
        this.auth = b.auth;
        this.allowedOrigins = List.copyOf(b.allowedOrigins);
        this.webAdapterLayerVersion = b.webAdapterLayerVersion;
        this.port = b.port;
        this.aliasName = b.aliasName;
    }

    private static String defaultHandler(Builder<?> b) {
        if (!b.runtime.isJvm()) {
            return "bootstrap";
        }
        boolean webAdapter = b.apiType == ApiType.FUNCTION_URL && b.streamingRuntime == StreamingRuntime.WEB_ADAPTER;
        return webAdapter ? WebAdapter.LAUNCH_SCRIPT : null;
    }

    /**
     * A builder with every default in place, for the API whose generated operations enum is
     * {@code operations} (the processor writes {@code SkiffOperations} next to {@code SkiffRoutes}).
     */
    public static <O extends Enum<O> & ApiOperation> Builder<O> builder(Class<O> operations) {
        return new Builder<>(operations);
    }

    /** The API's generated operations enum. */
    public Class<O> operationsType() { return operationsType; }
    /** Every operation of the API, in document order. */
    public List<O> operations() { return operations; }
    /** How operations map to functions. */
    public IntegrationPattern integrationPattern() { return integrationPattern; }
    /** The per-operation options, by operation. */
    public Map<O, OperationOptions> operationOptions() { return operationOptions; }
    /** Whether a WAFv2 web ACL protects the REST API's stage. */
    public boolean waf() { return waf; }
    /** The stage's steady-state request rate limit, per second. */
    public double throttlingRateLimit() { return throttlingRateLimit; }
    /** The stage's burst limit. */
    public int throttlingBurstLimit() { return throttlingBurstLimit; }
    /** The REST API's stage name. */
    public String stageName() { return stageName; }

    Boolean wafSetting() { return wafSetting; }
    StreamingRuntime streamingRuntimeSetting() { return streamingRuntimeSetting; }

    /** The options of {@code operation}, or none overridden. */
    OperationOptions optionsOf(O operation) {
        return operationOptions.getOrDefault(operation, OperationOptions.NONE);
    }

    /** The timeout of {@code operation}'s function: its own, else the API's. */
    Duration timeoutOf(O operation) {
        Duration own = optionsOf(operation).timeout();
        return own != null ? own : timeout;
    }

    /** The API's name, or {@code null} to use the construct id. */
    public String apiName() { return apiName; }
    /** How the API is exposed. */
    public ApiType apiType() { return apiType; }
    /** The application jar, or {@code null} when another kind of code is given. */
    public Path jarPath() { return jarPath; }
    /** The deployable package directory, or {@code null} when another kind of code is given. */
    public Path packageDirectory() { return packageDirectory; }
    /** A prepared deployment package, or {@code null} when another kind of code is given. */
    public Code code() { return code; }
    /** The Lambda handler. */
    public String handler() { return handler; }
    /** The main class the Web Adapter's launch script starts, or {@code null}. */
    public String mainClass() { return mainClass; }
    /** What answers a Function URL's invocations; unused by an HTTP API. */
    public StreamingRuntime streamingRuntime() { return streamingRuntime; }
    /** The Lambda runtime. */
    public SkiffRuntime runtime() { return runtime; }
    /** The instruction set architecture. */
    public Architecture architecture() { return architecture; }
    /** Memory in MiB. */
    public int memorySize() { return memorySize; }
    /** The function timeout. */
    public Duration timeout() { return timeout; }
    /** Extra environment variables, sorted by name. */
    public Map<String, String> environment() { return Collections.unmodifiableMap(environment); }
    /** Whether X-Ray active tracing is on. */
    public boolean tracing() { return tracing; }
    /** How long the log group keeps logs. */
    public RetentionDays logRetention() { return logRetention; }
    /** {@code POWERTOOLS_SERVICE_NAME}, or {@code null} for the API name. */
    public String serviceName() { return serviceName; }
    /** {@code POWERTOOLS_METRICS_NAMESPACE}, or {@code null} for the API name. */
    public String metricsNamespace() { return metricsNamespace; }
    /** {@code POWERTOOLS_LOG_LEVEL}. */
    public String logLevel() { return logLevel; }
    /** Whether SnapStart is on for published versions. */
    public boolean snapStart() { return snapStart; }
    /** Who may call a REST or HTTP API. */
    public ApiAuth auth() { return auth; }
    /** CORS allowed origins. */
    public List<String> allowedOrigins() { return allowedOrigins; }
    /** The Lambda Web Adapter layer version. */
    public int webAdapterLayerVersion() { return webAdapterLayerVersion; }
    /** The port the application server listens on behind the Web Adapter. */
    public int port() { return port; }
    /** The alias that fronts the published version. */
    public String aliasName() { return aliasName; }


    /** Whether the function runs the local server behind the Web Adapter (layer, run.sh, AWS_LWA_*). */
    boolean usesWebAdapter() {
        return apiType == ApiType.FUNCTION_URL && streamingRuntime == StreamingRuntime.WEB_ADAPTER;
    }

    /** Whether some function of the API streams through Skiff's runtime (its exec wrapper on the JVM). */
    boolean usesSkiffStreaming() {
        return runsSkiffRuntime(operations);
    }

    /**
     * Whether the function serving {@code served} runs Skiff's runtime: behind a Function URL with
     * {@link StreamingRuntime#SKIFF}, and behind a REST API when it serves a streaming operation (its
     * integration streams); every other function answers whole through the managed runtime.
     */
    boolean runsSkiffRuntime(List<O> served) {
        return switch (apiType) {
            case FUNCTION_URL -> streamingRuntime == StreamingRuntime.SKIFF;
            case REST_API -> served.stream().anyMatch(ApiOperation::streams);
            case HTTP_API -> false;
        };
    }

    /** The streaming operations, for messages. */
    List<String> streamingOperationIds() {
        return operations.stream().filter(ApiOperation::streams).map(ApiOperation::operationId).toList();
    }

    /**
     * Builds {@link SkiffApiProps}; each setter documents its prop and its default.
     *
     * <pre>{@code
     * SkiffApiProps.builder(SkiffOperations.class).apiType(ApiType.FUNCTION_URL).packageDirectory(lambdaDir)
     *         .handler("dev.skiff.samples.items.ItemsLambdaHandler::handleRequest").build();
     * }</pre>
     */
    public static final class Builder<O extends Enum<O> & ApiOperation> {
        private final Class<O> operationsType;
        private final Map<O, OperationOptions> operationOptions;
        private IntegrationPattern integrationPattern;
        private Boolean waf;
        private double throttlingRateLimit = DEFAULT_RATE_LIMIT;
        private int throttlingBurstLimit = DEFAULT_BURST_LIMIT;
        private String stageName = "prod";
        private String apiName;
        private ApiType apiType = ApiType.REST_API;
        private Path jarPath;
        private Path packageDirectory;
        private Code code;
        private String handler;
        private String mainClass;
        private StreamingRuntime streamingRuntime;
        private SkiffRuntime runtime = SkiffRuntime.JAVA_21;
        private Architecture architecture = Architecture.X86_64;
        private int memorySize = 1024;
        private Duration timeout = Duration.seconds(30);
        private Map<String, String> environment = Map.of();
        private boolean tracing = true;
        private RetentionDays logRetention = RetentionDays.ONE_MONTH;
        private String serviceName;
        private String metricsNamespace;
        private String logLevel = "INFO";
        private Boolean snapStart;
        private ApiAuth auth = ApiAuth.iam();
        private List<String> allowedOrigins = List.of("*");
        private int webAdapterLayerVersion = WebAdapter.DEFAULT_LAYER_VERSION;
        private int port = 8080;
        private String aliasName = "live";

        private Builder(Class<O> operationsType) {
            this.operationsType = Objects.requireNonNull(operationsType, "operations must not be null");
            this.operationOptions = new EnumMap<>(operationsType);
        }

        /**
         * How operations map to functions. Default: {@link IntegrationPattern#ISOLATED} (one
         * function per operation) for a REST or HTTP API; {@link IntegrationPattern#SHARED}, the only
         * one allowed, for a Function URL.
         */
        public Builder<O> integrationPattern(IntegrationPattern integrationPattern) {
            this.integrationPattern = Objects.requireNonNull(integrationPattern,
                    "integrationPattern must not be null");
            return this;
        }

        /**
         * What {@code operation}'s function does differently, in an
         * {@link IntegrationPattern#ISOLATED} deployment: memory, timeout, environment, extra IAM
         * statements. Default: none; each operation at most once.
         */
        public Builder<O> operation(O operation, OperationOptions options) {
            Objects.requireNonNull(operation, "operation must not be null");
            Objects.requireNonNull(options, "options must not be null");
            if (operationOptions.putIfAbsent(operation, options) != null) {
                throw new IllegalArgumentException("operation options for " + operation.name() + " ("
                        + operation.operationId() + ") are set twice; merge them into one OperationOptions");
            }
            return this;
        }

        /**
         * A WAFv2 web ACL on the REST API's stage (AWS's common rule set, its body-size rule only
         * counting, and known-bad-inputs rule set). Default: on for {@link ApiType#REST_API};
         * not available on the other front doors.
         */
        public Builder<O> waf(boolean waf) { this.waf = waf; return this; }

        /** The stage's steady-state request rate limit (REST or HTTP API), per second. Default: 10,000. */
        public Builder<O> throttlingRateLimit(double rateLimit) {
            this.throttlingRateLimit = rateLimit;
            return this;
        }

        /** The stage's burst limit (REST or HTTP API). Default: 5,000. */
        public Builder<O> throttlingBurstLimit(int burstLimit) {
            this.throttlingBurstLimit = burstLimit;
            return this;
        }

        /** The REST API's stage name, the first path segment of its URL. Default: {@code prod}. */
        public Builder<O> stageName(String stageName) { this.stageName = stageName; return this; }

        /**
         * The API's name: the {@code <apiName>Url} output, the runtime-config key and the default
         * Powertools service name. Letters and digits, starting with a letter.
         * Default: the construct id.
         */
        public Builder<O> apiName(String apiName) { this.apiName = apiName; return this; }

        /** How the API is exposed: its front door. Default: {@link ApiType#REST_API}. */
        public Builder<O> apiType(ApiType apiType) { this.apiType = apiType; return this; }

        /**
         * The deployable package directory that the application's build produces (the sample's is
         * {@code samples/items/target/lambda}): {@code bootstrap}, {@code skiff-exec-wrapper} and
         * {@code lib/*.jar}, or for {@link SkiffRuntime#NATIVE} the native executable as
         * {@code bootstrap}. For {@link ApiType#FUNCTION_URL} with {@link StreamingRuntime#SKIFF}
         * the function starts Skiff's runtime from it, as does a {@link ApiType#REST_API} function that
         * serves a streaming operation; any other function calls
         * its {@link #handler} buffered; both deploy it as it is. Behind the
         * {@link StreamingRuntime#WEB_ADAPTER} on a JVM the construct stages a copy with a generated
         * {@code run.sh} that starts {@link #mainClass} with the package's {@code lib/*}.
         * Default: none; set exactly one of {@code jarPath}, {@code packageDirectory} and {@code code}.
         */
        public Builder<O> packageDirectory(Path packageDirectory) {
            this.packageDirectory = packageDirectory;
            return this;
        }

        /** {@link #packageDirectory(Path)} from a string path. */
        public Builder<O> packageDirectory(String packageDirectory) {
            return packageDirectory(Path.of(packageDirectory));
        }

        /**
         * The application's (shaded) jar, for an API whose functions all answer whole (an
         * {@link ApiType#HTTP_API}, or a {@link ApiType#REST_API} without streaming operations) or behind the
         * {@link StreamingRuntime#WEB_ADAPTER}, where the construct stages it with a generated
         * {@code run.sh} that starts {@link #mainClass}. Not for native runtimes, nor for
         * {@link StreamingRuntime#SKIFF}, which needs a {@link #packageDirectory}.
         * Default: none; set exactly one of {@code jarPath}, {@code packageDirectory} and {@code code}.
         */
        public Builder<O> jarPath(Path jarPath) { this.jarPath = jarPath; return this; }

        /** {@link #jarPath(Path)} from a string path. */
        public Builder<O> jarPath(String jarPath) { return jarPath(Path.of(jarPath)); }

        /**
         * A prepared deployment package, used as it is: for {@link StreamingRuntime#SKIFF} or an HTTP
         * API laid out like a {@link #packageDirectory}; behind the Web Adapter on a JVM runtime it
         * must hold an executable {@code run.sh} (or the script named by {@link #handler}); for
         * {@link SkiffRuntime#NATIVE} an executable {@code bootstrap}.
         * Default: none; set exactly one of {@code jarPath}, {@code packageDirectory} and {@code code}.
         */
        public Builder<O> code(Code code) { this.code = code; return this; }

        /**
         * The Lambda handler, such as {@code dev.skiff.samples.items.ItemsLambdaHandler::handleRequest}:
         * the same setting serves the managed runtime's {@code RequestStreamHandler} and Skiff's
         * runtime, which starts that class's {@code main}.
         * Default: required on a JVM runtime, except behind the Web Adapter, where it is
         * {@code run.sh}; {@code bootstrap} (unused by Lambda) for native.
         */
        public Builder<O> handler(String handler) { this.handler = handler; return this; }

        /**
         * The main class that starts the application's local server (it must read {@code PORT}).
         * Default: required for {@link StreamingRuntime#WEB_ADAPTER} on a JVM with a {@code jarPath}
         * or {@code packageDirectory}; not allowed with {@link StreamingRuntime#SKIFF}; unused by an
         * HTTP API.
         */
        public Builder<O> mainClass(String mainClass) { this.mainClass = mainClass; return this; }

        /**
         * What answers the invocations that stream: every invocation of a {@link ApiType#FUNCTION_URL}
         * API, and those of a {@link ApiType#REST_API}'s functions that serve a streaming operation.
         * Skiff's own runtime from a {@link #packageDirectory}, or (Function URL only) the local
         * server behind the Lambda Web Adapter. Not for an {@link ApiType#HTTP_API}, which answers
         * whole. Default: {@link StreamingRuntime#SKIFF}.
         */
        public Builder<O> streamingRuntime(StreamingRuntime streamingRuntime) {
            this.streamingRuntime = streamingRuntime;
            return this;
        }

        /** The Lambda runtime. Default: {@link SkiffRuntime#JAVA_21}. */
        public Builder<O> runtime(SkiffRuntime runtime) { this.runtime = runtime; return this; }

        /** The instruction set architecture. Default: {@link Architecture#X86_64}. */
        public Builder<O> architecture(Architecture architecture) {
            this.architecture = architecture;
            return this;
        }

        /** Memory in MiB, 128 to 10240. Default: 1024. */
        public Builder<O> memorySize(int memorySize) { this.memorySize = memorySize; return this; }

        /** The function timeout, 1 to 900 seconds. Default: 30 seconds. */
        public Builder<O> timeout(Duration timeout) { this.timeout = timeout; return this; }

        /**
         * Extra environment variables for every function; they override the Powertools defaults.
         * The construct owns {@code SKIFF_OPERATION}, {@code ALLOWED_ORIGINS},
         * {@code SKIFF_RESPONSE_MODE}, {@code AWS_LAMBDA_EXEC_WRAPPER} where a function runs Skiff's
         * runtime, and behind the Web Adapter {@code AWS_LWA_INVOKE_MODE}, {@code AWS_LWA_PORT} and
         * {@code PORT}. Default: none.
         */
        public Builder<O> environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /** X-Ray active tracing. Default: {@code true}. */
        public Builder<O> tracing(boolean tracing) { this.tracing = tracing; return this; }

        /** How long the function's log group keeps logs. Default: {@link RetentionDays#ONE_MONTH}. */
        public Builder<O> logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        /** {@code POWERTOOLS_SERVICE_NAME}. Default: the API name. */
        public Builder<O> serviceName(String serviceName) { this.serviceName = serviceName; return this; }

        /** {@code POWERTOOLS_METRICS_NAMESPACE}. Default: the API name. */
        public Builder<O> metricsNamespace(String metricsNamespace) {
            this.metricsNamespace = metricsNamespace;
            return this;
        }

        /** {@code POWERTOOLS_LOG_LEVEL}: TRACE, DEBUG, INFO, WARN or ERROR. Default: {@code INFO}. */
        public Builder<O> logLevel(String logLevel) { this.logLevel = logLevel; return this; }

        /**
         * SnapStart on published versions. Default: {@code true} on JVM runtimes, {@code false}
         * (and not allowed) on {@link SkiffRuntime#NATIVE}.
         */
        public Builder<O> snapStart(boolean snapStart) { this.snapStart = snapStart; return this; }

        /**
         * Who may call a REST or HTTP API. A Function URL is always {@code AWS_IAM}.
         * Default: {@link ApiAuth#iam()}.
         */
        public Builder<O> auth(ApiAuth auth) { this.auth = auth; return this; }

        /** CORS allowed origins, such as {@code https://app.example.com}. Default: {@code ["*"]}. */
        public Builder<O> allowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
            return this;
        }

        /**
         * The Lambda Web Adapter layer version, for {@link StreamingRuntime#WEB_ADAPTER}.
         * Default: {@link WebAdapter#DEFAULT_LAYER_VERSION}.
         */
        public Builder<O> webAdapterLayerVersion(int version) {
            this.webAdapterLayerVersion = version;
            return this;
        }

        /**
         * The port the application server listens on behind the Web Adapter, for
         * {@link StreamingRuntime#WEB_ADAPTER}. Default: 8080.
         */
        public Builder<O> port(int port) { this.port = port; return this; }

        /** The name of the alias in front of the published version. Default: {@code live}. */
        public Builder<O> aliasName(String aliasName) { this.aliasName = aliasName; return this; }

        /** Checks every prop and their combination, then builds the props. */
        public SkiffApiProps<O> build() {
            Objects.requireNonNull(apiType, "apiType must not be null");
            Objects.requireNonNull(runtime, "runtime must not be null");
            Objects.requireNonNull(architecture, "architecture must not be null");
            Objects.requireNonNull(timeout, "timeout must not be null");
            Objects.requireNonNull(environment, "environment must not be null");
            Objects.requireNonNull(logRetention, "logRetention must not be null");
            Objects.requireNonNull(auth, "auth must not be null");
            Objects.requireNonNull(allowedOrigins, "allowedOrigins must not be null");
            SkiffApiProps<O> props = new SkiffApiProps<>(this);
            PropChecks.check(props);
            return props;
        }
    }
}
