package dev.skiff.lambda.observability.tracing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.skiff.core.JsonValues;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One subsegment being recorded, written as an independent subsegment document when it ends. */
final class Subsegment {
    private static final int MAX_FRAMES = 50;

    final String id;
    private final String name;
    private final String traceId;
    private final String parentId;
    private final double startTime;
    private final Map<String, Object> annotations = new LinkedHashMap<>();
    private Throwable exception;
    private boolean fault;
    private boolean error;

    Subsegment(String id, String name, String traceId, String parentId, double startTime) {
        this.id = id;
        this.name = name;
        this.traceId = traceId;
        this.parentId = parentId;
        this.startTime = startTime;
    }

    void annotate(Map<String, Object> values) {
        annotations.putAll(values);
    }

    /** Records a failure: 4xx-type failures as {@code error}, anything else as {@code fault}. */
    void fail(Throwable thrown, boolean clientError) {
        exception = thrown;
        if (clientError) {
            error = true;
        } else {
            fault = true;
        }
    }

    String toJson(double endTime, String exceptionId) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JsonValues.factory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("id", id);
            json.writeStringField("trace_id", traceId);
            if (parentId != null) {
                json.writeStringField("parent_id", parentId);
            }
            json.writeStringField("type", "subsegment");
            json.writeNumberField("start_time", startTime);
            json.writeNumberField("end_time", endTime);
            if (!annotations.isEmpty()) {
                json.writeObjectFieldStart("annotations");
                for (Map.Entry<String, Object> annotation : annotations.entrySet()) {
                    json.writeFieldName(annotation.getKey());
                    Object value = annotation.getValue();
                    if (value instanceof Boolean flag) {
                        json.writeBoolean(flag);
                    } else if (value instanceof Number number) {
                        json.writeNumber(number.doubleValue());
                    } else {
                        json.writeString(String.valueOf(value));
                    }
                }
                json.writeEndObject();
            }
            if (fault) {
                json.writeBooleanField("fault", true);
            }
            if (error) {
                json.writeBooleanField("error", true);
            }
            if (exception != null) {
                writeCause(json, exceptionId);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a subsegment could not be written", e);
        }
        return text.toString();
    }

    private void writeCause(JsonGenerator json, String exceptionId) throws IOException {
        json.writeObjectFieldStart("cause");
        json.writeStringField("working_directory", System.getProperty("user.dir", ""));
        json.writeArrayFieldStart("exceptions");
        json.writeStartObject();
        json.writeStringField("id", exceptionId);
        if (exception.getMessage() != null) {
            json.writeStringField("message", exception.getMessage());
        }
        json.writeStringField("type", exception.getClass().getName());
        StackTraceElement[] frames = exception.getStackTrace();
        json.writeArrayFieldStart("stack");
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            json.writeStartObject();
            json.writeStringField("path", frames[i].getFileName() == null ? "" : frames[i].getFileName());
            json.writeNumberField("line", Math.max(frames[i].getLineNumber(), 0));
            json.writeStringField("label", frames[i].getClassName() + "." + frames[i].getMethodName());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (frames.length > MAX_FRAMES) {
            json.writeNumberField("truncated", frames.length - MAX_FRAMES);
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}
