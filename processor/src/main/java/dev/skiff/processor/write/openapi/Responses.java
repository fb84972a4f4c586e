package dev.skiff.processor.write.openapi;

import dev.skiff.processor.model.DeclaredResponseModel;
import dev.skiff.processor.model.ResponseHeaderModel;
import dev.skiff.processor.model.ResultModel;
import dev.skiff.processor.model.RouteModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An operation's responses: its success in its media type with its documented headers, the
 * responses it declares ({@code @ApiResponse}: an {@code HttpException}'s {@code {"detail": ...}}
 * body from 400 on unless a type is given), 422 when it reads the request, and 500.
 */
final class Responses {
    private static final Map<String, Object> BINARY = binary();

    private final SchemaWriter schemas;

    Responses(SchemaWriter schemas) {
        this.schemas = schemas;
    }

    Map<String, Object> of(RouteModel route) {
        Map<String, Object> responses = new TreeMap<>();
        ResultModel result = route.result();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Successful Response");
        if (result.mediaType() != null) {
            success.put("content", Map.of(result.mediaType(), Map.of("schema", schema(result))));
        }
        if (!route.docs().successHeaders().isEmpty()) {
            success.put("headers", headers(route.docs().successHeaders()));
        }
        responses.put(String.valueOf(result.status()), success);
        for (DeclaredResponseModel declared : route.docs().responses()) {
            responses.putIfAbsent(String.valueOf(declared.status()), declared(declared));
        }
        if (route.canFailValidation()) {
            responses.put("422", error("Validation Error", ErrorSchemas.HTTP_VALIDATION_ERROR));
        }
        responses.put("500", error("Internal Server Error", ErrorSchemas.HTTP_ERROR));
        return responses;
    }

    /**
     * Text and events are strings, bytes are binary strings (as FastAPI publishes a file), JSON
     * (and each JSON line) has its type's schema.
     */
    private Map<String, Object> schema(ResultModel result) {
        if (result.kind() == ResultModel.Kind.EVENTS) {
            return Map.of("type", "string");
        }
        return switch (result.payload()) {
            case TEXT -> Map.of("type", "string");
            case BYTES, BYTE_STREAM -> BINARY;
            case JSON -> result.nullable() ? SchemaWriter.nullable(schemas.schema(result.body())) : schemas.schema(result.body());
        };
    }

    private Map<String, Object> declared(DeclaredResponseModel declared) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", declared.description().isEmpty() ? reason(declared.status()) : declared.description());
        if (!declared.headers().isEmpty()) {
            response.put("headers", headers(declared.headers()));
        }
        if (declared.errorBody()) {
            response.put("content", Map.of(declared.mediaType(),
                    Map.of("schema", Map.of("$ref", SchemaWriter.REF_PREFIX + ErrorSchemas.HTTP_ERROR))));
        } else if (declared.type() != null) {
            response.put("content", Map.of(declared.mediaType(), Map.of("schema", schemas.schema(declared.type()))));
        }
        return response;
    }

    private Map<String, Object> headers(List<ResponseHeaderModel> headers) {
        Map<String, Object> written = new TreeMap<>();
        for (ResponseHeaderModel header : headers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!header.description().isEmpty()) {
                entry.put("description", header.description());
            }
            entry.put("schema", schemas.schema(header.type()));
            written.put(header.name(), entry);
        }
        return written;
    }

    /** The reason phrase of {@code status}, as a response's description when none is declared. */
    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status " + status;
        };
    }

    private static Map<String, Object> binary() {
        Map<String, Object> binary = new LinkedHashMap<>();
        binary.put("type", "string");
        binary.put("format", "binary");
        return binary;
    }

    private static Map<String, Object> error(String description, String schema) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", description);
        response.put("content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", SchemaWriter.REF_PREFIX + schema))));
        return response;
    }
}
