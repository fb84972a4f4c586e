package dev.skiff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.skiff.api.FileUpload;
import dev.skiff.core.StatusException;
import dev.skiff.support.FormLimits;
import dev.skiff.support.Forms;
import dev.skiff.support.Multipart;
import dev.skiff.support.Problems;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form readers: any body with any content type is read into a form or ends the request with
 * 400 (not multipart), 413 (past a limit) or 415 (not a form), never another exception (a 500);
 * limits only refuse, they never change what is read; and a form a browser or an HTTP client would
 * send (multipart with fields and files, or urlencoded) reads back exactly as it was sent.
 *
 * <p>Input of {@link #anyForm}: the content type on the first line (an empty line for none), the
 * body after it. Input of the round trips: NUL-separated texts, taken as name, file name (empty for
 * a plain field) and content for multipart, as name and value for urlencoded.
 */
class FormsFuzzTest {
    private static final FormLimits SMALL = new FormLimits(8, 512, 4096);
    private static final FormLimits DEFAULT = new FormLimits(FormLimits.DEFAULT_MAX_PARTS,
            FormLimits.DEFAULT_MAX_PART_BYTES, FormLimits.DEFAULT_MAX_BYTES);
    private static final Set<Integer> CLIENT_ERRORS = Set.of(400, 413, 415);

    @FuzzTest(maxDuration = "2m")
    void anyForm(byte[] input) {
        FuzzInput in = FuzzInput.of(input);
        String contentType = in.firstLine().isEmpty() ? null : in.firstLine();
        byte[] body = in.rest();
        for (boolean multipartOnly : new boolean[] {false, true}) {
            Forms small = read(contentType, body, multipartOnly, SMALL);
            Forms unlimited = read(contentType, body, multipartOnly, DEFAULT);
            if (small != null) {
                assertThat(unlimited).as("a form read under small limits reads under the defaults").isNotNull();
                assertThat(unlimited.toString()).isEqualTo(small.toString());
            }
            if (unlimited != null) {
                touch(unlimited);
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void multipartRoundTrip(byte[] input) {
        List<byte[]> texts = split(input);
        List<Multipart.Part> sent = new ArrayList<>();
        for (int i = 0; i < texts.size() && sent.size() < 16; i += 3) {
            String name = headerSafe(utf8(texts.get(i)));
            String filename = i + 1 < texts.size() ? headerSafe(utf8(texts.get(i + 1))) : "";
            byte[] content = i + 2 < texts.size() ? texts.get(i + 2) : new byte[0];
            sent.add(new Multipart.Part(name, filename.isEmpty() ? null : filename,
                    filename.isEmpty() ? null : "application/octet-stream", content));
        }
        String boundary = boundaryFor(texts);
        byte[] body = multipart(sent, boundary);

        List<Multipart.Part> parsed = Multipart.parse(body, boundary, DEFAULT);
        assertThat(parsed).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            Multipart.Part expected = sent.get(i);
            Multipart.Part got = parsed.get(i);
            String what = "part " + i + " of " + utf8(body);
            assertThat(got.name()).as(what).isEqualTo(expected.name());
            assertThat(got.filename()).as(what).isEqualTo(expected.filename());
            assertThat(got.contentType()).as(what).isEqualTo(expected.contentType());
            assertThat(got.content()).as(what).isEqualTo(expected.content());
        }

        Forms form = Forms.read(Requests.post("multipart/form-data; boundary=" + boundary, body), false, DEFAULT);
        for (String name : names(sent)) {
            List<String> fields = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            for (Multipart.Part part : sent) {
                if (part.name().equals(name)) {
                    if (part.isFile()) {
                        files.add(part.content());
                    } else {
                        fields.add(utf8(part.content()));
                    }
                }
            }
            assertThat(form.fields(name)).as(name).isEqualTo(fields);
            List<FileUpload> uploads = form.files(name, false, List.of("body", name), new Problems());
            assertThat(uploads.stream().map(FileUpload::bytes).toList()).as(name).containsExactlyElementsOf(files);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void urlencodedRoundTrip(byte[] input) {
        List<byte[]> texts = split(input);
        Map<String, List<String>> sent = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < texts.size(); i += 2) {
            String name = utf8(texts.get(i));
            String value = i + 1 < texts.size() ? utf8(texts.get(i + 1)) : "";
            if (name.isEmpty() && value.isEmpty()) {
                continue; // "=" alone: nothing a client sends
            }
            sent.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        Forms form = Forms.read(Requests.post("application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8)), false, DEFAULT);
        for (Map.Entry<String, List<String>> field : sent.entrySet()) {
            assertThat(form.fields(field.getKey())).as("%s from %s", field.getKey(), body).isEqualTo(field.getValue());
        }
    }

    private static Forms read(String contentType, byte[] body, boolean multipartOnly, FormLimits limits) {
        try {
            return Forms.read(Requests.post(contentType, body), multipartOnly, limits);
        } catch (StatusException refused) {
            assertThat(refused.status()).as(refused.detail()).isIn(CLIENT_ERRORS);
            Leaks.assertNone(refused.detail(), contentType + " " + new String(body, StandardCharsets.UTF_8), refused.detail());
            return null;
        }
    }

    /** What a binder asks of a form: every accessor answers without throwing. */
    private static void touch(Forms form) {
        String names = form.toString();
        for (String name : List.of("name", "file", "price", "")) {
            form.field(name);
            form.fields(name);
            Problems problems = new Problems();
            form.file(name, true, List.of("body", name), problems);
            form.files(name, false, List.of("body", name), problems);
            BodyReaderFuzzTest.checkProblems(problems.list(), form.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(names).startsWith("Forms[");
    }

    /** A name as a client puts it in a quoted header parameter: no line breaks, quotes and backslashes escaped. */
    private static String headerSafe(String text) {
        return text.replace("\r", "").replace("\n", "");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A boundary found in none of the texts, as a client picks it. */
    private static String boundaryFor(List<byte[]> texts) {
        for (int n = 0; ; n++) {
            String boundary = "skiffBoundary" + n;
            byte[] b = boundary.getBytes(StandardCharsets.ISO_8859_1);
            if (texts.stream().noneMatch(t -> contains(t, b))) {
                return boundary;
            }
        }
    }

    private static byte[] multipart(List<Multipart.Part> parts, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Multipart.Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=").append(quoted(part.name()));
            if (part.filename() != null) {
                head.append("; filename=").append(quoted(part.filename()));
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            body.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static Set<String> names(List<Multipart.Part> parts) {
        Set<String> names = new LinkedHashSet<>();
        parts.forEach(p -> names.add(p.name()));
        return names;
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> texts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == 0) {
                byte[] text = new byte[i - from];
                System.arraycopy(input, from, text, 0, text.length);
                texts.add(text);
                from = i + 1;
            }
        }
        return texts;
    }

    private static boolean contains(byte[] text, byte[] target) {
        outer:
        for (int i = 0; i + target.length <= text.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (text[i + j] != target[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
