package dev.skiff.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Client;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.core.JsonParser;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The Lambda {@link Context} of one invocation taken from the Runtime API: the request id,
 * deadline, ARN, trace header, client context and Cognito identity from the {@code next}
 * headers, the function's name, version, memory and log names from the environment Lambda sets.
 * The two JSON headers are read with jackson-core only if someone asks for them.
 */
final class InvocationContext implements Context {
    private final NextInvocation next;
    private final FunctionEnvironment function;
    private final LongSupplier clock;
    private final PrintStream stdout;

    InvocationContext(NextInvocation next, FunctionEnvironment function, LongSupplier clock, PrintStream stdout) {
        this.next = next;
        this.function = function;
        this.clock = clock;
        this.stdout = stdout;
    }

    /** The function's fixed facts, read once from the environment. */
    record FunctionEnvironment(String name, String version, int memoryMb, String logGroup, String logStream) {
        static FunctionEnvironment of(Function<String, String> env) {
            int memory;
            try {
                String configured = env.apply("AWS_LAMBDA_FUNCTION_MEMORY_SIZE");
                memory = configured == null ? 0 : Integer.parseInt(configured.trim());
            } catch (NumberFormatException unreadable) {
                memory = 0;
            }
            return new FunctionEnvironment(env.apply("AWS_LAMBDA_FUNCTION_NAME"),
                    env.apply("AWS_LAMBDA_FUNCTION_VERSION"), memory, env.apply("AWS_LAMBDA_LOG_GROUP_NAME"),
                    env.apply("AWS_LAMBDA_LOG_STREAM_NAME"));
        }
    }

    @Override
    public String getAwsRequestId() {
        return next.requestId();
    }

    @Override
    public String getLogGroupName() {
        return function.logGroup();
    }

    @Override
    public String getLogStreamName() {
        return function.logStream();
    }

    @Override
    public String getFunctionName() {
        return function.name();
    }

    @Override
    public String getFunctionVersion() {
        return function.version();
    }

    @Override
    public String getInvokedFunctionArn() {
        return next.functionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        Map<String, String> identity = object(next.cognitoIdentity());
        if (identity == null) {
            return null;
        }
        return new CognitoIdentity() {
            @Override
            public String getIdentityId() {
                return identity.get("cognitoIdentityId");
            }

            @Override
            public String getIdentityPoolId() {
                return identity.get("cognitoIdentityPoolId");
            }
        };
    }

    @Override
    public ClientContext getClientContext() {
        Map<String, Object> context = tree(next.clientContext());
        if (context == null) {
            return null;
        }
        Map<String, String> client = strings(context.get("client"));
        Map<String, String> custom = strings(context.get("custom"));
        Map<String, String> environment = strings(context.get("env"));
        return new ClientContext() {
            @Override
            public Client getClient() {
                return new Client() {
                    @Override
                    public String getInstallationId() {
                        return client.get("installation_id");
                    }

                    @Override
                    public String getAppTitle() {
                        return client.get("app_title");
                    }

                    @Override
                    public String getAppVersionName() {
                        return client.get("app_version_name");
                    }

                    @Override
                    public String getAppVersionCode() {
                        return client.get("app_version_code");
                    }

                    @Override
                    public String getAppPackageName() {
                        return client.get("app_package_name");
                    }
                };
            }

            @Override
            public Map<String, String> getCustom() {
                return custom;
            }

            @Override
            public Map<String, String> getEnvironment() {
                return environment;
            }
        };
    }

    /** Milliseconds until the deadline; zero once it has passed. */
    @Override
    public int getRemainingTimeInMillis() {
        long remaining = next.deadlineMillis() - clock.getAsLong();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                stdout.println(message);
            }

            @Override
            public void log(byte[] message) {
                stdout.println(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getXrayTraceId() {
        return next.traceId();
    }

    @Override
    public String getTenantId() {
        return next.tenantId();
    }

    private static Map<String, String> object(String json) {
        Map<String, Object> tree = tree(json);
        return tree == null ? null : strings(tree);
    }

    /** The JSON object in a header Lambda wrote, or null when there is none or it cannot be read. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonParser in = JsonValues.factory().createParser(json)) {
            Object value = JsonValues.read(in);
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (IOException unreadable) {
            // A header Lambda wrote that cannot be read: the context simply has none.
            return null;
        }
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    strings.put(String.valueOf(key), String.valueOf(item));
                }
            });
        }
        return strings;
    }
}
