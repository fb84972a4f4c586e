package dev.skiff.lambda.runtime;

import dev.skiff.lambda.TestHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Starts Skiff's runtime loop in this JVM against a stand-in, as Lambda would start it. */
final class RuntimeLoopTestSupport {
    static final InvocationContext.FunctionEnvironment FUNCTION =
            new InvocationContext.FunctionEnvironment("items-api", "$LATEST", 512, "/aws/lambda/items-api", "stream-1");

    private RuntimeLoopTestSupport() {}

    /** A running loop, its handler (logs and EMF captured) and what it reported as fatal. */
    record Running(LambdaRuntime runtime, TestHandler handler, List<Throwable> fatal) implements AutoCloseable {
        @Override
        public void close() {
            runtime.close();
        }
    }

    static Running start(RuntimeApiStandIn api, int concurrency, boolean traceProperty, Map<String, String> env) {
        return start(api, concurrency, traceProperty, false, env);
    }

    static Running start(RuntimeApiStandIn api, int concurrency, boolean traceProperty, boolean snapStart,
                         Map<String, String> env) {
        return start(api, concurrency, traceProperty, snapStart, env, () -> TestHandler.create(env));
    }

    /** As above, with the handler {@code factory} builds (for another application than TestApi). */
    static Running start(RuntimeApiStandIn api, int concurrency, boolean traceProperty, boolean snapStart,
                         Map<String, String> env, Supplier<TestHandler> factory) {
        TestHandler[] built = new TestHandler[1];
        Supplier<TestHandler> handler = () -> {
            built[0] = factory.get();
            return built[0];
        };
        List<Throwable> fatal = new CopyOnWriteArrayList<>();
        LambdaRuntime runtime = LambdaRuntime.start(handler, settings(api, concurrency, traceProperty, snapStart,
                LambdaRuntime.Settings.streaming(env::get), fatal));
        return new Running(runtime, built[0], fatal);
    }

    static LambdaRuntime.Settings settings(RuntimeApiStandIn api, int concurrency, boolean traceProperty,
                                           boolean snapStart, boolean streaming, List<Throwable> fatal) {
        return new LambdaRuntime.Settings(api.address(), concurrency, traceProperty, snapStart, streaming, FUNCTION,
                System::currentTimeMillis,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), fatal::add);
    }
}
