package dev.skiff.support;

import dev.skiff.api.FileUpload;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.QueryStrings;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code application/x-www-form-urlencoded} and {@code multipart/form-data} bodies for
 * generated binders: fields and file parts by name, in the order sent. Another content type is
 * 415, a body over the {@link FormLimits} 413; a missing field or file is FastAPI's
 * {@code missing} at {@code ["body", name]}.
 *
 * <pre>{@code
 * Forms form = Forms.read(call.request());
 * String name = Params.required(form.field("name"), Converters.STRING, LOC_BODY_NAME, problems);
 * }</pre>
 */
public final class Forms {
    private static final Forms EMPTY = new Forms(Map.of(), Map.of());
    private static final String URLENCODED = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    private final Map<String, List<String>> fields;
    private final Map<String, List<FileUpload>> files;

    private Forms(Map<String, List<String>> fields, Map<String, List<FileUpload>> files) {
        this.fields = fields;
        this.files = files;
    }

    /** The form of a request that may be urlencoded or multipart. */
    public static Forms read(HttpRequest request) {
        return read(request, false, FormLimits.current());
    }

    /** The form of a request that must be multipart (the operation takes files). */
    public static Forms readMultipart(HttpRequest request) {
        return read(request, true, FormLimits.current());
    }

    /** The form under {@code limits}; an empty body without a content type is an empty form. */
    public static Forms read(HttpRequest request, boolean multipartOnly, FormLimits limits) {
        String contentType = request.headers().first("content-type").orElse(null);
        byte[] body = request.body();
        if (contentType == null) {
            if (body.length == 0) {
                return EMPTY;
            }
            throw unsupported(multipartOnly, "none");
        }
        String mediaType = HeaderParams.mediaType(contentType);
        if (mediaType.equals(MULTIPART)) {
            return multipart(body, Multipart.boundary(contentType), limits);
        }
        if (mediaType.equals(URLENCODED) && !multipartOnly) {
            return urlencoded(body, limits);
        }
        throw unsupported(multipartOnly, mediaType);
    }

    private static StatusException unsupported(boolean multipartOnly, String got) {
        return new StatusException(415, "Unsupported Media Type: expected "
                + (multipartOnly ? MULTIPART : URLENCODED + " or " + MULTIPART) + ", got " + got);
    }

    private static Forms urlencoded(byte[] body, FormLimits limits) {
        limits.checkBody(body.length);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int[] count = {0};
        QueryStrings.parse(new String(body, StandardCharsets.UTF_8), (name, value) -> {
            limits.checkPartCount(++count[0]);
            limits.checkPartSize(value.length());
            fields.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        });
        return new Forms(fields, Map.of());
    }

    private static Forms multipart(byte[] body, String boundary, FormLimits limits) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<FileUpload>> files = new LinkedHashMap<>();
        for (Multipart.Part part : Multipart.parse(body, boundary, limits)) {
            if (part.isFile()) {
                String type = part.contentType() == null ? "application/octet-stream" : part.contentType();
                files.computeIfAbsent(part.name(), k -> new ArrayList<>(1))
                        .add(new FileUpload(part.filename(), type, part.content()));
            } else {
                fields.computeIfAbsent(part.name(), k -> new ArrayList<>(1))
                        .add(new String(part.content(), charset(part.contentType())));
            }
        }
        return new Forms(fields, files);
    }

    /** A part's charset, UTF-8 when it names none or one the JVM does not know. */
    private static Charset charset(String contentType) {
        try {
            Charset named = HeaderParams.charset(contentType);
            return named == null ? StandardCharsets.UTF_8 : named;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The first value of field {@code name}, or null: also for an empty value, which a browser
     * sends for an input left blank ({@code name=}) and FastAPI treats as not sent, so a default
     * applies and a required field is {@code missing}.
     */
    public String field(String name) {
        List<String> values = fields.get(name);
        String first = values == null ? null : values.get(0);
        return first == null || first.isEmpty() ? null : first;
    }

    /** Every value of field {@code name}, in order; empty when absent. */
    public List<String> fields(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Every value of field {@code name}; a required list sent without any is {@code missing}. */
    public List<String> fields(String name, boolean required, List<Object> loc, Problems problems) {
        List<String> values = fields(name);
        if (values.isEmpty() && required) {
            problems.add(ValidationProblem.of("missing", loc, "Field required", null));
        }
        return values;
    }

    /** The file part {@code name}; a required one that is absent is {@code missing}, a plain field a {@code value_error}. */
    public FileUpload file(String name, boolean required, List<Object> loc, Problems problems) {
        List<FileUpload> sent = files.get(name);
        if (sent != null && !sent.isEmpty()) {
            return sent.get(0);
        }
        missingFile(name, required, loc, problems);
        return null;
    }

    /** Every file part {@code name}, in order; a required list sent without any is {@code missing}. */
    public List<FileUpload> files(String name, boolean required, List<Object> loc, Problems problems) {
        List<FileUpload> sent = files.get(name);
        if (sent != null && !sent.isEmpty()) {
            return List.copyOf(sent);
        }
        missingFile(name, required, loc, problems);
        return required ? null : List.of();
    }

    private void missingFile(String name, boolean required, List<Object> loc, Problems problems) {
        String text = field(name);
        if (text != null) {
            // FastAPI's answer to a text field where a file belongs
            problems.add(new ValidationProblem("value_error", loc,
                    "Value error, Expected UploadFile, received: <class 'str'>", text, Map.of("error", Map.of())));
        } else if (required) {
            problems.add(ValidationProblem.of("missing", loc, "Field required", null));
        }
    }

    @Override
    public String toString() {
        return "Forms[fields=" + fields.keySet() + ", files=" + files.keySet() + "]";
    }
}
