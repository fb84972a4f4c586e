package dev.skiff.lambda.observability.tracing;

import java.util.Optional;

/**
 * An X-Ray trace header ({@code Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1}).
 *
 * @param root    the trace id
 * @param parent  the id of the segment new subsegments belong to (Lambda's function segment)
 * @param sampled whether the invocation is recorded
 */
public record TraceHeader(String root, String parent, boolean sampled) {
    /** Where other Lambda runtimes put the header. */
    public static final String ENVIRONMENT_VARIABLE = "_X_AMZN_TRACE_ID";


    /** Reads a header; empty when it is absent or has no {@code Root}. */
    public static Optional<TraceHeader> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String root = null;
        String parent = null;
        boolean sampled = false;
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            switch (key) {
                case "Root" -> root = value;
                case "Parent" -> parent = value;
                case "Sampled" -> sampled = value.equals("1");
                default -> { }
            }
        }
        return root == null || root.isEmpty() ? Optional.empty() : Optional.of(new TraceHeader(root, parent, sampled));
    }

    /**
     * The current invocation's header: the Lambda context's (when the runtime provides it), else
     * the {@code com.amazonaws.xray.traceHeader} system property the runtime client sets, else
     * {@code fromEnvironment}, the {@code _X_AMZN_TRACE_ID} environment variable, which a handler
     * reads once (a JVM's environment never changes).
     */
    public static Optional<TraceHeader> ofInvocation(String fromContext, String fromEnvironment) {
        String header = fromContext;
        if (header == null || header.isBlank()) {
            header = System.getProperty("com.amazonaws.xray.traceHeader");
        }
        if (header == null || header.isBlank()) {
            header = fromEnvironment;
        }
        return parse(header);
    }
}
