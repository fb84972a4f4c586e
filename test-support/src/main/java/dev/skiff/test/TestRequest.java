package dev.skiff.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.skiff.core.Dispatcher;
import dev.skiff.core.Exchange;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.HttpResponse;
import dev.skiff.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One request of a {@link TestClient}, built fluently and sent with {@link #send()}.
 *
 * <pre>{@code
 * TestResponse response = client.put("/items/1")
 *         .header("x-api-key", "secret")
 *         .cookie("session", "abc")
 *         .json(Map.of("name", "pen", "price", 3))
 *         .send();
 * }</pre>
 */
public final class TestRequest {
    private final Dispatcher dispatcher;
    private final HttpRequest.Builder request;
    private final StringBuilder cookies = new StringBuilder();

    TestRequest(Dispatcher dispatcher, String method, String path) {
        this.dispatcher = dispatcher;
        Objects.requireNonNull(path, "path");
        int question = path.indexOf('?');
        String rawPath = question < 0 ? path : path.substring(0, question);
        this.request = HttpRequest.builder(method.toUpperCase(Locale.ROOT), rawPath.isEmpty() ? "/" : rawPath);
        if (question >= 0) {
            request.rawQuery(path.substring(question + 1));
        }
    }

    /** Adds a query parameter (not encoded: give the value the handler should see). */
    public TestRequest query(String name, Object value) {
        request.query(name, String.valueOf(value));
        return this;
    }

    /** Adds a header; a name may repeat. */
    public TestRequest header(String name, String value) {
        request.header(name, value);
        return this;
    }

    /** Adds a cookie, sent in one {@code Cookie} header as a browser does. */
    public TestRequest cookie(String name, String value) {
        cookies.append(cookies.length() == 0 ? "" : "; ").append(name).append('=').append(value);
        return this;
    }

    /** Sends {@code value} written by Skiff's JSON mapper, as {@code application/json}. */
    public TestRequest json(Object value) {
        try {
            return body("application/json", Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the test body could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Sends {@code text} as UTF-8 with {@code contentType}, JSON or not (to test a 415). */
    public TestRequest body(String contentType, String text) {
        return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code bytes} with {@code contentType}; a null type sends none. */
    public TestRequest body(String contentType, byte[] bytes) {
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        request.body(bytes);
        return this;
    }

    /** Dispatches the request and reads the whole response, a stream's chunks included. */
    public TestResponse send() {
        if (cookies.length() > 0) {
            request.header("cookie", cookies.toString());
        }
        Exchange exchange = dispatcher.dispatch(request.build());
        HttpResponse response = exchange.response();
        List<byte[]> chunks = new ArrayList<>();
        byte[] body = response.isStreaming() ? drain(response, chunks) : response.body();
        return new TestResponse(response.status(), response.headers(), body, chunks, exchange.failure());
    }

    private static byte[] drain(HttpResponse response, List<byte[]> chunks) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try {
            response.stream().writeTo(chunk -> {
                chunks.add(chunk.clone());
                whole.write(chunk);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the streamed body failed", e);
        }
        return whole.toByteArray();
    }
}
