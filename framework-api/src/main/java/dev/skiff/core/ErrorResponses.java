package dev.skiff.core;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error bodies of DESIGN.md's table, in FastAPI's {@code {"detail": ...}} shape, written
 * with jackson-core alone: a problem's {@code input} and {@code ctx} go through
 * {@link JsonValues}, so an error loads databind only for a value no generated writer knows.
 *
 * <pre>{@code
 * HttpResponse response = ErrorResponses.detail(409, "Item exists");   // {"detail":"Item exists"}
 * }</pre>
 */
public final class ErrorResponses {
    private static final byte[] NOT_FOUND = "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] METHOD_NOT_ALLOWED = "{\"detail\":\"Method Not Allowed\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERNAL_ERROR = "{\"detail\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8);

    private ErrorResponses() {}

    /** 404 {@code {"detail":"Not Found"}}. */
    public static HttpResponse notFound() {
        return HttpResponse.json(404, NOT_FOUND);
    }

    /** 405 {@code {"detail":"Method Not Allowed"}} with {@code Allow} listing {@code allowed}. */
    public static HttpResponse methodNotAllowed(Set<String> allowed) {
        HttpResponse response = HttpResponse.json(405, METHOD_NOT_ALLOWED);
        response.headers().set("allow", String.join(", ", allowed));
        return response;
    }

    /** 500 {@code {"detail":"Internal Server Error"}}: nothing about the failure itself. */
    public static HttpResponse internalError() {
        return HttpResponse.json(500, INTERNAL_ERROR);
    }

    /**
     * The same 500 for a failure outside the dispatcher (which tags its own answers), tagged with
     * the request's correlation id so the client can find the logged failure.
     */
    public static HttpResponse internalError(String correlationId) {
        HttpResponse response = internalError();
        response.headers().set(CorrelationIds.HEADER, correlationId);
        return response;
    }

    /** {@code status} with {@code {"detail": detail}}; detail is any JSON-writable value. */
    public static HttpResponse detail(int status, Object detail) {
        return HttpResponse.json(status, body(out -> JsonValues.write(out, detail)));
    }

    /** 422 with one entry per problem, in order. */
    public static HttpResponse validation(List<ValidationProblem> problems) {
        return HttpResponse.json(422, body(out -> {
            out.writeStartArray();
            for (ValidationProblem problem : problems) {
                writeProblem(out, problem);
            }
            out.writeEndArray();
        }));
    }

    private static void writeProblem(JsonGenerator out, ValidationProblem problem) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", problem.type());
        out.writeArrayFieldStart("loc");
        for (Object part : problem.loc()) {
            if (part instanceof Integer index) {
                out.writeNumber(index);
            } else if (part instanceof Long offset) {
                out.writeNumber(offset);
            } else {
                out.writeString(String.valueOf(part));
            }
        }
        out.writeEndArray();
        out.writeStringField("msg", problem.msg());
        out.writeFieldName("input");
        JsonValues.write(out, problem.input());
        if (!problem.ctx().isEmpty()) {
            out.writeObjectFieldStart("ctx");
            for (Map.Entry<String, Object> item : problem.ctx().entrySet()) {
                out.writeFieldName(item.getKey());
                JsonValues.write(out, item.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** What goes after {@code "detail":}. */
    private interface Detail {
        void write(JsonGenerator out) throws IOException;
    }

    private static byte[] body(Detail detail) {
        try {
            return JsonValues.toBytes((out, written) -> {
                JsonGenerator decimals = new TreeDecimals(out);
                decimals.writeStartObject();
                decimals.writeFieldName("detail");
                written.write(decimals);
                decimals.writeEndObject();
            }, detail);
        } catch (IOException e) {
            throw new UncheckedIOException("an error body could not be written", e);
        }
    }
}
