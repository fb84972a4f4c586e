package dev.skiff.support;

import dev.skiff.api.FileUpload;
import dev.skiff.core.Application;
import dev.skiff.core.Call;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Route;
import dev.skiff.support.json.Codecs;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written invokers as the processor writes them for {@code @Form} fields, file parts and a
 * raw body: {@code POST /upload} (a title and files), {@code POST /form} (a name and a count)
 * and {@code PUT /raw} (text), each echoing what it bound. Shared, through framework-api's
 * test-jar, by the local server's and the Lambda handler's tests.
 */
public final class FormsTestApi {
    private static final List<Object> LOC_TITLE = List.of("body", "title");
    private static final List<Object> LOC_FILES = List.of("body", "files");
    private static final List<Object> LOC_NAME = List.of("body", "name");
    private static final List<Object> LOC_COUNT = List.of("body", "count");

    private FormsTestApi() {}

    public static Application application() {
        List<Route> routes = List.of(new Route("POST", "/upload", "upload", FormsTestApi::upload),
                new Route("POST", "/form", "form", FormsTestApi::form),
                new Route("PUT", "/raw", "raw", FormsTestApi::raw));
        return new Application("Forms", "1.0", new TreeRouter(routes), routes, () -> null);
    }

    /** {@code upload(@Form String title, @Form List<FileUpload> files)}. */
    private static HttpResponse upload(Call call) throws Exception {
        Problems problems = new Problems();
        Forms form = Forms.readMultipart(call.request());
        String title = Params.required(form.field("title"), Converters.STRING, LOC_TITLE, problems);
        List<FileUpload> files = form.files("files", true, LOC_FILES, problems);
        problems.throwIfAny();
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("title", title);
        echo.put("files", files.stream().map(file -> {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("filename", file.filename());
            part.put("contentType", file.contentType());
            part.put("size", file.size());
            part.put("base64", Base64.getEncoder().encodeToString(file.bytes()));
            return part;
        }).toList());
        return Results.json(200, Codecs.ANY, echo);
    }

    /** {@code form(@Form String name, @Form int count)}. */
    private static HttpResponse form(Call call) throws Exception {
        Problems problems = new Problems();
        Forms form = Forms.read(call.request());
        String name = Params.required(form.field("name"), Converters.STRING, LOC_NAME, problems);
        Integer count = Params.required(form.field("count"), Converters.INT, LOC_COUNT, problems);
        problems.throwIfAny();
        return Results.json(200, Codecs.ANY, Map.of("name", name, "count", count));
    }

    /** {@code raw(@Body(mediaType = "text/plain") String text)}. */
    private static HttpResponse raw(Call call) throws Exception {
        return Results.text(200, "text/plain", "got " + RawBodies.text(call.request(), "text/plain"));
    }
}
