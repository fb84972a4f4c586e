package dev.skiff.lambda.runtime;

import dev.skiff.lambda.SkiffLambdaHandler;
import dev.skiff.lambda.observability.Backends;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skiff's own Lambda runtime: a client of the Lambda Runtime API that takes invocations and
 * answers them through the same handler {@link SkiffLambdaHandler#handleRequest} runs, with a
 * streamed operation's response streamed chunk by chunk (its status and headers in the prelude)
 * and every other response answered whole. It needs nothing but the JDK and jackson-core, so it
 * starts a custom runtime ({@code provided.al2023}: the {@code bootstrap} file, or a GraalVM
 * native executable) and, through Skiff's exec wrapper, the managed {@code java21} and
 * {@code java25} runtimes. Give the handler class a {@code main}:
 *
 * <pre>{@code
 * public final class ItemsLambdaHandler extends SkiffLambdaHandler {
 *     public ItemsLambdaHandler() {
 *         super(ItemsApplication.create());
 *     }
 *
 *     public static void main(String[] args) {
 *         LambdaRuntime.serve(ItemsLambdaHandler::new);
 *     }
 * }
 * }</pre>
 *
 * <p>{@code AWS_LAMBDA_MAX_CONCURRENCY} (Lambda Managed Instances) runs that many invocations at
 * once, each on a thread of its own with its own connection; nothing of one invocation is visible
 * to another. Without it, one thread serves, and the trace header of each invocation is also put
 * in the {@code com.amazonaws.xray.traceHeader} system property, as AWS's Java runtime client
 * does (it cannot set {@code _X_AMZN_TRACE_ID}, an environment variable, from Java).
 */
public final class LambdaRuntime implements AutoCloseable {
    /** Where AWS's Java runtime client and the X-Ray SDK keep the current trace header. */
    public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    /**
     * The variable that says whether this function's answers may stream: {@code streaming} (the
     * default) or {@code buffered}, which the CDK construct sets where a buffered integration calls
     * Skiff's runtime (an HTTP API in front of a native function): a streaming operation is then
     * answered whole.
     */
    public static final String RESPONSE_MODE_VARIABLE = "SKIFF_RESPONSE_MODE";

    static {
        // Chooses the SLF4J provider before this class's own logger makes SLF4J look for one.
        Backends.discovered();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LambdaRuntime.class);

    private final SkiffLambdaHandler handler;
    private final Settings settings;
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean running = true;

    /** How a runtime is started: from the process's environment, or a test's. */
    record Settings(String runtimeApi, int concurrency, boolean traceProperty, boolean snapStart, boolean streaming,
                    InvocationContext.FunctionEnvironment function, LongSupplier clock, PrintStream stdout,
                    Consumer<Throwable> onFatal) {

        /**
         * Whether answers may stream: {@value LambdaRuntime#RESPONSE_MODE_VARIABLE} {@code streaming} (or unset)
         * or {@code buffered}, for a function that a buffered integration invokes (an HTTP API
         * calling a native function), where a streamed answer would reach the caller as raw bytes.
         */
        static boolean streaming(Function<String, String> env) {
            String mode = env.apply(RESPONSE_MODE_VARIABLE);
            if (mode == null || mode.isBlank() || mode.trim().equals("streaming")) {
                return true;
            }
            if (mode.trim().equals("buffered")) {
                return false;
            }
            throw new IllegalStateException(RESPONSE_MODE_VARIABLE + " must be streaming or buffered, not " + mode);
        }

        /**
         * Reads {@code AWS_LAMBDA_RUNTIME_API}, {@code AWS_LAMBDA_MAX_CONCURRENCY},
         * {@code AWS_LAMBDA_INITIALIZATION_TYPE} and the function's variables.
         */
        static Settings of(Function<String, String> env, PrintStream stdout, Consumer<Throwable> onFatal) {
            String api = env.apply("AWS_LAMBDA_RUNTIME_API");
            if (api == null || api.isBlank()) {
                throw new IllegalStateException("AWS_LAMBDA_RUNTIME_API is not set: Skiff's Lambda runtime runs inside "
                        + "Lambda (or against a Runtime API emulator), started by its bootstrap");
            }
            String configured = env.apply("AWS_LAMBDA_MAX_CONCURRENCY");
            int concurrency = 1;
            if (configured != null && !configured.isBlank()) {
                try {
                    concurrency = Math.max(1, Integer.parseInt(configured.trim()));
                } catch (NumberFormatException unreadable) {
                    throw new IllegalStateException("AWS_LAMBDA_MAX_CONCURRENCY must be a whole number, not " + configured);
                }
            }
            // With several invocations at once a system property would be shared by all of them.
            boolean traceProperty = configured == null || configured.isBlank();
            boolean snapStart = "snap-start".equals(env.apply("AWS_LAMBDA_INITIALIZATION_TYPE"));
            return new Settings(api.trim(), concurrency, traceProperty, snapStart, streaming(env),
                    InvocationContext.FunctionEnvironment.of(env), System::currentTimeMillis, stdout, onFatal);
        }
    }

    private LambdaRuntime(SkiffLambdaHandler handler, Settings settings) {
        this.handler = handler;
        this.settings = settings;
    }

    /**
     * Builds the handler (Lambda's init phase) and serves invocations until Lambda ends the
     * environment. A handler that cannot be built is reported to {@code /runtime/init/error};
     * then, as after any failure of the Runtime API itself, the process exits with status 1.
     */
    public static void serve(Supplier<? extends SkiffLambdaHandler> handler) {
        Objects.requireNonNull(handler, "handler");
        LambdaRuntime runtime;
        try {
            runtime = start(handler, Settings.of(System::getenv, System.out, fatal -> exit()));
        } catch (RuntimeException | Error failed) {
            LOG.error("Skiff's Lambda runtime could not start", failed);
            exit();
            return;
        }
        runtime.awaitWorkers();
    }

    /**
     * Starts serving with {@code settings}: builds the handler, and under SnapStart lets Lambda take
     * the snapshot. A handler that fails to build (or to prime, or to restore) is reported to the
     * Runtime API and the failure rethrown.
     */
    static LambdaRuntime start(Supplier<? extends SkiffLambdaHandler> handler, Settings settings) {
        SkiffLambdaHandler built;
        try {
            built = Objects.requireNonNull(handler.get(), "the handler supplier returned null");
            if (settings.concurrency() > 1 && !built.observesConcurrentInvocations()) {
                throw new IllegalStateException("AWS_LAMBDA_MAX_CONCURRENCY is " + settings.concurrency()
                        + ", but this handler's observability backend cannot keep concurrent invocations' metrics "
                        + "apart (Powertools' metrics are one instance per process): use Skiff's default backend, "
                        + "or one invocation at a time");
            }
        } catch (RuntimeException | Error failed) {
            reportInitError(settings, failed.getClass().getName(), failed);
            throw failed;
        }
        if (settings.snapStart()) {
            snapshot(built, settings);
        }
        LambdaRuntime runtime = new LambdaRuntime(built, settings);
        for (int i = 1; i <= settings.concurrency(); i++) {
            Worker worker = runtime.new Worker(new RuntimeApi(settings.runtimeApi()));
            Thread thread = new Thread(worker, "skiff-invocation-" + i);
            worker.thread = thread;
            runtime.workers.add(worker);
            thread.start();
        }
        return runtime;
    }

    /**
     * SnapStart, as AWS's Java client does it: Skiff's priming, then {@code restore/next}, during
     * which Lambda takes the snapshot; in the restored environment, Skiff's restore. A failure before
     * the snapshot is an init error, after it a restore error. Resources registered with
     * {@code org.crac} by the application are not called on this path: only AWS's client can reach
     * the runtime's CRaC implementation (see runtime-lambda/README.md).
     */
    private static void snapshot(SkiffLambdaHandler handler, Settings settings) {
        try (RuntimeApi api = new RuntimeApi(settings.runtimeApi())) {
            try {
                handler.beforeCheckpoint();
                api.restoreNext();
            } catch (IOException | RuntimeException failed) {
                reportInitError(settings, "Runtime.BeforeCheckpointError", failed);
                throw new IllegalStateException("the SnapStart snapshot could not be taken", failed);
            }
            try {
                handler.afterRestore();
            } catch (RuntimeException failed) {
                LOG.error("The restored environment could not be set up", failed);
                try {
                    api.restoreError("Runtime.AfterRestoreError", String.valueOf(failed.getMessage()));
                } catch (IOException unreachable) {
                    LOG.error("The restore error could not be reported to the Runtime API", unreachable);
                }
                throw failed;
            }
        }
    }

    private static void reportInitError(Settings settings, String errorType, Throwable failed) {
        try (RuntimeApi api = new RuntimeApi(settings.runtimeApi())) {
            api.initError(errorType, String.valueOf(failed.getMessage()));
        } catch (IOException unreachable) {
            LOG.error("The init error could not be reported to the Runtime API", unreachable);
        }
    }

    private void awaitWorkers() {
        for (Worker worker : workers) {
            try {
                worker.thread.join();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops taking invocations and closes every connection; for tests and embedding. */
    @Override
    public void close() {
        running = false;
        for (Worker worker : workers) {
            worker.api.close();
            worker.thread.interrupt();
        }
        for (Worker worker : workers) {
            try {
                worker.thread.join(5_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** For tests: whether {@code thread} is one of this runtime's invocation threads. */
    boolean ownsThread(Thread thread) {
        return workers.stream().anyMatch(worker -> worker.thread == thread);
    }

    private static void exit() {
        // The Runtime API says a runtime in a non-recoverable state should exit promptly.
        System.exit(1);
    }

    /** One invocation thread: its own connection, taking and answering one invocation at a time. */
    private final class Worker implements Runnable {
        private final RuntimeApi api;
        private Thread thread;

        Worker(RuntimeApi api) {
            this.api = api;
        }

        @Override
        public void run() {
            while (running) {
                NextInvocation next;
                try {
                    next = api.next();
                } catch (IOException | RuntimeException failed) {
                    if (!running) {
                        return;
                    }
                    // The Runtime API is the sandbox's own: if it fails, the environment is gone.
                    LOG.error("The Runtime API failed to deliver the next invocation", failed);
                    running = false;
                    settings.onFatal().accept(failed);
                    return;
                }
                answer(next);
            }
        }

        private void answer(NextInvocation next) {
            if (settings.traceProperty()) {
                if (next.traceId() == null) {
                    System.clearProperty(TRACE_HEADER_PROPERTY);
                } else {
                    System.setProperty(TRACE_HEADER_PROPERTY, next.traceId());
                }
            }
            if (next.deadlineMillis() <= settings.clock().getAsLong()) {
                // Nobody waits for this answer any more: running the handler could only cause side effects.
                LOG.error("Invocation {} arrived after its deadline and was not run", next.requestId());
                reportError(next.requestId(), "Runtime.DeadlineExceeded",
                        "The invocation arrived after its deadline and was not run");
                return;
            }
            RuntimeChannel channel = new RuntimeChannel(api, next.requestId(), settings.streaming());
            InvocationContext context = new InvocationContext(next, settings.function(), settings.clock(),
                    settings.stdout());
            try {
                handler.invoke(next.event(), context, channel);
            } catch (IOException refused) {
                LOG.error("The answer to invocation {} was not taken by the Runtime API", next.requestId(), refused);
                api.reconnect();
                if (refused instanceof RuntimeApiException rejected && rejected.fatal()) {
                    running = false;
                    settings.onFatal().accept(refused);
                } else if (!channel.streamStarted()) {
                    reportError(next.requestId(), "Runtime.ResponseNotTaken", "The response was not taken: "
                            + refused.getMessage());
                }
            } catch (RuntimeException | Error unexpected) {
                // The handler answers every failure of the application itself; this is the runtime's.
                LOG.error("Invocation {} failed in Skiff's runtime", next.requestId(), unexpected);
                if (channel.answered()) {
                    // Part of an answer may be on the connection: never write the next request after it.
                    api.reconnect();
                }
                if (!channel.streamStarted()) {
                    reportError(next.requestId(), unexpected.getClass().getName(), "The invocation failed");
                }
                if (unexpected instanceof VirtualMachineError fatal) {
                    running = false;
                    settings.onFatal().accept(fatal);
                }
            }
        }

        private void reportError(String requestId, String errorType, String message) {
            try {
                api.invocationError(requestId, errorType, message);
            } catch (IOException unreachable) {
                LOG.error("The error of invocation {} could not be reported to the Runtime API", requestId, unreachable);
                api.reconnect();
            }
        }
    }
}
