package dev.skiff.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.skiff.api.FileUpload;
import dev.skiff.api.ServerSentEvent;
import dev.skiff.core.JsonValues;
import dev.skiff.support.json.JsonCodec;
import dev.skiff.support.json.JsonInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One request of a generated client, built up argument by argument, then sent by one of the
 * {@code read} methods, which also turn an answer outside 2xx into an {@link ApiException}.
 * Scalars travel as the text of their JSON (an enum's JSON name, a date's ISO form); a null
 * (an empty {@code Optional}) is left out.
 *
 * <pre>{@code
 * List<Item> items = transport.request("GET", "/items").query("q", Codecs.STRING, "lamp")
 *         .readJson(Containers.list(ItemCodec.INSTANCE));
 * }</pre>
 */
public final class ClientCall {
    private static final List<Object> RESPONSE = List.of("response");

    private final Transport transport;
    private final String method;
    private String path;
    private final StringBuilder query = new StringBuilder();
    /** The header parameters' values: names compared ignoring case, as HTTP does. */
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String accept;
    private final List<String> cookies = new ArrayList<>();
    private final List<Map.Entry<String, Object>> formFields = new ArrayList<>();
    private boolean multipart;
    private byte[] body;
    private String contentType;

    ClientCall(Transport transport, String method, String template) {
        this.transport = transport;
        this.method = method;
        this.path = template;
    }

    /**
     * Fills the template's {@code {name}} with the value, percent-encoded as one segment (a
     * {@code /} is {@code %2F}). An empty value, {@code .} or {@code ..} is refused with an
     * {@link IllegalArgumentException} before anything is sent: the segment would vanish or be
     * resolved away, and the request would reach another operation.
     */
    public <T> ClientCall path(String name, JsonCodec<T> codec, T value) {
        if (value == null) {
            throw new IllegalArgumentException("path parameter " + name + " is missing: a path parameter is required");
        }
        String text = text(codec, value);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("path parameter " + name + " is empty: a path segment cannot be empty");
        }
        if (text.equals(".") || text.equals("..")) {
            throw new IllegalArgumentException("path parameter " + name + " is \"" + text
                    + "\": a path segment cannot be \".\" or \"..\" (URLs resolve them away)");
        }
        path = path.replace("{" + name + "}", encode(text));
        return this;
    }

    /** Adds {@code name=value} to the query; nothing for null. */
    public <T> ClientCall query(String name, JsonCodec<T> codec, T value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&').append(encode(name)).append('=')
                    .append(encode(text(codec, value)));
        }
        return this;
    }

    /** Adds {@code name=value} once per element; nothing for null. */
    public <T> ClientCall queryAll(String name, JsonCodec<T> codec, Collection<? extends T> values) {
        if (values != null) {
            values.forEach(value -> query(name, codec, value));
        }
        return this;
    }

    /** Sends the header (a header parameter replaces a builder's header of that name, whatever its case); nothing for null. */
    public <T> ClientCall header(String name, JsonCodec<T> codec, T value) {
        if (value != null) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(text(codec, value));
        }
        return this;
    }

    /** Sends the header once per element; nothing for null. */
    public <T> ClientCall headerAll(String name, JsonCodec<T> codec, Collection<? extends T> values) {
        if (values != null) {
            values.forEach(value -> header(name, codec, value));
        }
        return this;
    }

    /** Sends the cookie; nothing for null. */
    public <T> ClientCall cookie(String name, JsonCodec<T> codec, T value) {
        if (value != null) {
            String text = text(codec, value);
            // RFC 6265's cookie-octet: a ';' or ',' would let a value add cookies of its own
            if (!text.chars().allMatch(c -> c == 0x21 || c >= 0x23 && c <= 0x2B || c >= 0x2D && c <= 0x3A
                    || c >= 0x3C && c <= 0x5B || c >= 0x5D && c <= 0x7E)) {
                throw new IllegalArgumentException("cookie " + name + "'s value has a character a cookie cannot carry "
                        + "(space, '\"', ',', ';', '\\' or a control or non-ASCII character)");
            }
            cookies.add(name + "=" + text);
        }
        return this;
    }

    /** Sends the cookie once per element; nothing for null. */
    public <T> ClientCall cookieAll(String name, JsonCodec<T> codec, Collection<? extends T> values) {
        if (values != null) {
            values.forEach(value -> cookie(name, codec, value));
        }
        return this;
    }

    /** Adds a form field; nothing for null. */
    public <T> ClientCall form(String name, JsonCodec<T> codec, T value) {
        if (value != null) {
            formFields.add(Map.entry(name, text(codec, value)));
        }
        return this;
    }

    /** Adds the form field once per element; nothing for null. */
    public <T> ClientCall formAll(String name, JsonCodec<T> codec, Collection<? extends T> values) {
        if (values != null) {
            values.forEach(value -> form(name, codec, value));
        }
        return this;
    }

    /** Adds a file part, which makes the form {@code multipart/form-data}; nothing for null. */
    public ClientCall file(String name, FileUpload file) {
        if (file != null) {
            formFields.add(Map.entry(name, file));
            multipart = true;
        }
        return this;
    }

    /** Adds a file part per element; nothing for null. */
    public ClientCall files(String name, Collection<FileUpload> files) {
        if (files != null) {
            files.forEach(file -> file(name, file));
        }
        return this;
    }

    /** Sends {@code value} as the JSON body; nothing for null. */
    public <T> ClientCall body(JsonCodec<T> codec, T value) {
        if (value != null) {
            try {
                body = JsonValues.toBytes(codec, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contentType = "application/json";
        }
        return this;
    }

    /** Sends the bytes as the body, of {@code mediaType}; nothing for null. */
    public ClientCall raw(String mediaType, byte[] bytes) {
        if (bytes != null) {
            body = bytes;
            contentType = mediaType;
        }
        return this;
    }

    /** Sends the text as the body in UTF-8, of {@code mediaType}; nothing for null. */
    public ClientCall raw(String mediaType, String text) {
        return raw(mediaType, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the stream's bytes as the body, of {@code mediaType}, read whole first (a signer signs every byte); nothing for null. */
    public ClientCall raw(String mediaType, InputStream stream) {
        if (stream == null) {
            return this;
        }
        try (stream) {
            return raw(mediaType, stream.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks for {@code mediaType} in {@code Accept} (unless a header parameter named {@code Accept} says otherwise). */
    public ClientCall accept(String mediaType) {
        accept = mediaType;
        return this;
    }

    /** Sends the request and reads the JSON answer with {@code codec}; null for an empty body or {@code null}. */
    public <T> T readJson(JsonCodec<T> codec) {
        return parse(readBytes(), codec);
    }

    /** Sends the request, expecting no content. */
    public void readNothing() {
        readBytes();
    }

    /** Sends the request and reads the answer as UTF-8 text. */
    public String readText() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** Sends the request and reads the whole answer. */
    public byte[] readBytes() {
        HttpResponse<byte[]> response = send(BodyHandlers.ofByteArray());
        if (!succeeded(response)) {
            throw ApiException.of(response.statusCode(), response.headers(), response.body());
        }
        return response.body();
    }

    /** Sends the request and returns the answer's body as it arrives; close it. */
    public InputStream readStream() {
        HttpResponse<InputStream> response = send(BodyHandlers.ofInputStream());
        if (!succeeded(response)) {
            try (InputStream in = response.body()) {
                throw ApiException.of(response.statusCode(), response.headers(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response.body();
    }

    /**
     * Sends the request and reads the JSON Lines answer one line at a time, as each arrives:
     * the first element is there before the server wrote the last. Close the stream (try with
     * resources) to let go of the connection before its end.
     */
    public <T> Stream<T> readLines(JsonCodec<T> codec) {
        return lines().filter(line -> !line.isBlank())
                .map(line -> parse(line.getBytes(StandardCharsets.UTF_8), codec));
    }

    /** Sends the request and reads its server-sent events one at a time, as each arrives; close the stream. */
    public <T> Stream<ServerSentEvent<T>> readEvents(JsonCodec<T> codec) {
        Stream<String> lines = lines();
        Iterator<String> source = lines.iterator();
        Iterator<ServerSentEvent<T>> events = new Iterator<>() {
            private ServerSentEvent<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = nextEvent(source, codec);
                }
                return next != null;
            }

            @Override
            public ServerSentEvent<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ServerSentEvent<T> event = next;
                next = null;
                return event;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false)
                .onClose(lines::close);
    }

    /** The next event with data; fields it does not know (comments, {@code retry}) are skipped. */
    private static <T> ServerSentEvent<T> nextEvent(Iterator<String> lines, JsonCodec<T> codec) {
        String id = null;
        String name = null;
        StringBuilder data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null) {
                    ServerSentEvent<T> event = ServerSentEvent.of(parse(data.toString().getBytes(StandardCharsets.UTF_8), codec));
                    event = name != null ? event.event(name) : event;
                    return id != null ? event.id(id) : event;
                }
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(line.startsWith(" ", colon + 1) ? colon + 2 : colon + 1);
            switch (field) {
                case "id" -> id = value;
                case "event" -> name = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                default -> { }
            }
        }
        return null;
    }

    /**
     * The body's lines as they arrive, ended by CR LF, LF or a lone CR (BufferedReader's rule,
     * which ofLines follows, and the one server-sent events define); a last line without its end
     * is a line too. A byte order mark before the first line is dropped, as TextDecoder does.
     */
    private Stream<String> lines() {
        HttpResponse<Stream<String>> response = send(BodyHandlers.ofLines());
        if (!succeeded(response)) {
            String text;
            try (Stream<String> lines = response.body()) {
                text = lines.collect(Collectors.joining("\n"));
            }
            throw ApiException.of(response.statusCode(), response.headers(), text.getBytes(StandardCharsets.UTF_8));
        }
        boolean[] first = {true};
        return response.body().map(line -> {
            if (first[0]) {
                first[0] = false;
                return line.startsWith("\uFEFF") ? line.substring(1) : line;
            }
            return line;
        });
    }

    private <B> HttpResponse<B> send(BodyHandler<B> handler) {
        URI uri = URI.create(transport.baseUri + path + query);
        if (!formFields.isEmpty()) {
            formBody();
        }
        // each name once, whatever its case; a later source replaces an earlier one's values
        Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(transport.headers);
        if (accept != null) {
            replace(all, "accept", List.of(accept));
        }
        headers.forEach((name, values) -> replace(all, name, values));
        if (!cookies.isEmpty()) {
            replace(all, "cookie", List.of(String.join("; ", cookies)));
        }
        if (contentType != null) {
            replace(all, "content-type", List.of(contentType));
        }
        byte[] sent = body != null ? body : new byte[0];
        transport.signer.sign(new SignableRequest(method, uri, all, sent)).forEach((name, values) -> {
            // java.net.http sets these itself, to what the signer saw, and refuses them from callers
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                replace(all, name, values);
            }
        });
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(transport.timeout)
                .method(method, body != null ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.noBody());
        all.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        try {
            return transport.httpClient.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // without the query, which may carry a key
            throw new UncheckedIOException(new InterruptedIOException("interrupted while calling "
                    + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()));
        }
    }

    /** Sets {@code name}'s values, dropping those of the same name in another case. */
    private static void replace(Map<String, List<String>> headers, String name, List<String> values) {
        headers.remove(name);
        headers.put(name, values);
    }

    private void formBody() {
        if (!multipart) {
            body = formFields.stream().map(field -> encode(field.getKey()) + "=" + encode((String) field.getValue()))
                    .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
            contentType = "application/x-www-form-urlencoded";
            return;
        }
        String boundary = "skiff-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : formFields) {
            StringBuilder head = new StringBuilder("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(quoted(field.getKey())).append('"');
            byte[] content;
            if (field.getValue() instanceof FileUpload file) {
                head.append("; filename=\"").append(quoted(file.filename())).append("\"\r\nContent-Type: ")
                        .append(file.contentType());
                content = file.bytes();
            } else {
                content = ((String) field.getValue()).getBytes(StandardCharsets.UTF_8);
            }
            out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        body = out.toByteArray();
        contentType = "multipart/form-data; boundary=" + boundary;
    }

    /** As browsers write names in a part's header: quotes and line breaks percent-encoded. */
    private static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static boolean succeeded(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }

    /**
     * RFC 3986 percent-encoding of the UTF-8 bytes, leaving only the unreserved characters
     * ({@code A-Z a-z 0-9 - . _ ~}) as they are: a space is {@code %20}, a {@code +} {@code %2B},
     * a {@code /} {@code %2F}, a {@code *} {@code %2A}. SigV4 canonicalizes the query this way, and
     * the TypeScript client encodes the same, so a signed URL is sent as it was signed.
     */
    static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A scalar's text: its JSON, unquoted when it is a string. */
    private static <T> String text(JsonCodec<T> codec, T value) {
        try {
            byte[] json = JsonValues.toBytes(codec, value);
            if (json.length > 0 && json[0] == '"') {
                try (JsonParser parser = JsonValues.factory().createParser(json)) {
                    parser.nextToken();
                    return parser.getText();
                }
            }
            return new String(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value in {@code json}; one that does not fit the declared type is an {@link IllegalStateException}. */
    static <T> T parse(byte[] json, JsonCodec<T> codec) {
        try (JsonParser parser = JsonValues.factory().createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return null;
            }
            JsonInput in = new JsonInput(parser, json, RESPONSE);
            T value = codec.read(in);
            if (in.problemCount() > 0) {
                throw new IllegalStateException("the response does not fit the declared type: " + in.problems());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
