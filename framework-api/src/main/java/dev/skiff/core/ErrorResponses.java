package dev.skiff.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The error bodies of DESIGN.md's table, in FastAPI's {@code {"detail": ...}} shape. */
public final class ErrorResponses {
    private static final byte[] NOT_FOUND = "{\"detail\":\"Not Found\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] METHOD_NOT_ALLOWED =
            "{\"detail\":\"Method Not Allowed\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] INTERNAL_ERROR =
            "{\"detail\":\"Internal Server Error\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

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

    /** {@code status} with {@code {"detail": detail}}; detail is any JSON-writable value. */
    public static HttpResponse detail(int status, Object detail) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("detail", Json.mapper().valueToTree(detail));
        return HttpResponse.json(status, bytes(body));
    }

    /** 422 with one entry per problem, in order. */
    public static HttpResponse validation(List<ValidationProblem> problems) {
        ObjectNode body = Json.mapper().createObjectNode();
        ArrayNode detail = body.putArray("detail");
        for (ValidationProblem problem : problems) {
            ObjectNode entry = detail.addObject();
            entry.put("type", problem.type());
            ArrayNode loc = entry.putArray("loc");
            for (Object part : problem.loc()) {
                if (part instanceof Integer index) {
                    loc.add(index);
                } else if (part instanceof Long offset) {
                    loc.add(offset);
                } else {
                    loc.add(String.valueOf(part));
                }
            }
            entry.put("msg", problem.msg());
            entry.set("input", Json.mapper().valueToTree(problem.input()));
            if (!problem.ctx().isEmpty()) {
                ObjectNode ctx = entry.putObject("ctx");
                for (Map.Entry<String, Object> item : problem.ctx().entrySet()) {
                    ctx.set(item.getKey(), Json.mapper().valueToTree(item.getValue()));
                }
            }
        }
        return HttpResponse.json(422, bytes(body));
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
