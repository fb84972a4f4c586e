package dev.skiff.bench.floor.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.PrintStream;
import java.time.Instant;

/**
 * What a careful hand-written function logs: one JSON access line with Powertools' keys and
 * one CloudWatch EMF line per invocation, built with a StringBuilder.
 */
final class FloorTelemetry {
    private final PrintStream out;
    private boolean coldStart = true;

    FloorTelemetry(PrintStream out) {
        this.out = out;
    }

    void record(Context context, String method, String path, int status, String correlationId, double latencyMs) {
        long now = System.currentTimeMillis();
        StringBuilder line = new StringBuilder(512)
                .append("{\"level\":\"INFO\",\"message\":\"").append(method).append(' ').append(path)
                .append(' ').append(status).append("\",\"timestamp\":\"").append(Instant.ofEpochMilli(now))
                .append("\",\"service\":\"bench\",\"cold_start\":").append(coldStart)
                .append(",\"function_name\":\"").append(context.getFunctionName())
                .append("\",\"function_request_id\":\"").append(context.getAwsRequestId())
                .append("\",\"correlation_id\":\"").append(correlationId)
                .append("\",\"latency_ms\":").append(latencyMs).append('}');
        out.println(line);
        String outcome = status >= 500 ? "Failure" : status >= 400 ? "ClientError" : "Success";
        StringBuilder emf = new StringBuilder(512)
                .append("{\"_aws\":{\"Timestamp\":").append(now)
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"bench\",\"Dimensions\":[[\"service\",\"route\"]],\"Metrics\":[")
                .append("{\"Name\":\"RequestCount\",\"Unit\":\"Count\"},{\"Name\":\"").append(outcome)
                .append("\",\"Unit\":\"Count\"},{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"}")
                .append(coldStart ? ",{\"Name\":\"ColdStart\",\"Unit\":\"Count\"}" : "")
                .append("]}]},\"service\":\"bench\",\"route\":\"POST /customers/{customerId}/orders\",\"RequestCount\":1,\"")
                .append(outcome).append("\":1,\"Latency\":").append(latencyMs)
                .append(coldStart ? ",\"ColdStart\":1" : "").append('}');
        out.println(emf);
        coldStart = false;
    }
}
