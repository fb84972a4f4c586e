package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.api.FileUpload;
import dev.skiff.core.HttpRequest;
import dev.skiff.core.StatusException;
import dev.skiff.core.ValidationProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms and raw bodies as generated binders read them. */
class FormsTest {
    private static final List<Object> LOC = List.of("body", "file");

    private static HttpRequest request(String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.builder("POST", "/f").body(body.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.build();
    }

    @Test
    void urlencoded_decodesRepeatedFields() {
        Forms form = Forms.read(request("application/x-www-form-urlencoded", "name=Blue+mug&tag=a&tag=b%20c"));
        assertThat(form.field("name")).isEqualTo("Blue mug");
        assertThat(form.fields("tag")).containsExactly("a", "b c");
        assertThat(form.field("absent")).isNull();
    }

    @Test
    void aBlankInputIsNotSent_asFastApiReadsIt() {
        Forms form = Forms.read(request("application/x-www-form-urlencoded", "caption=&qty=&tag=&tag=x"));

        assertThat(form.field("caption")).isNull();
        assertThat(form.field("qty")).isNull();
        // a list keeps what was sent, as FastAPI's does
        assertThat(form.fields("tag")).containsExactly("", "x");
    }

    @Test
    void multipart_separatesFilesFromFields() {
        Forms form = Forms.read(request("multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n\u0001\u0002\r\n"
                        + "--b\r\nContent-Disposition: form-data; name=\"n\"\r\n\r\nv\r\n--b--\r\n"));
        Problems problems = new Problems();
        FileUpload file = form.file("f", true, LOC, problems);
        assertThat(file.filename()).isEqualTo("x.bin");
        assertThat(file.contentType()).isEqualTo("application/octet-stream");
        assertThat(file.size()).isEqualTo(2);
        assertThat(form.field("n")).isEqualTo("v");
        assertThat(problems.any()).isFalse();
    }

    @Test
    void missingFile_isMissing_andTextWhereAFileBelongs_isValueError() {
        Forms form = Forms.read(request("application/x-www-form-urlencoded", "file=text"));
        Problems problems = new Problems();
        assertThat(form.file("file", true, LOC, problems)).isNull();
        assertThat(form.files("other", true, LOC, problems)).isNull();
        assertThat(form.files("other", false, LOC, problems)).isEmpty();
        assertThat(problems.list()).extracting(ValidationProblem::type).containsExactly("value_error", "missing");
    }

    @Test
    void emptyBodyWithoutContentType_isAnEmptyForm_otherTypesAre415() {
        assertThat(Forms.read(request(null, "")).field("a")).isNull();
        for (String type : List.of("application/json", "text/plain")) {
            assertThatThrownBy(() -> Forms.read(request(type, "{}")))
                    .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(415));
        }
        assertThatThrownBy(() -> Forms.readMultipart(request("application/x-www-form-urlencoded", "a=1")))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageContaining("expected multipart/form-data");
    }

    @Test
    void urlencodedLimits_are413() {
        HttpRequest request = request("application/x-www-form-urlencoded", "a=1&b=2&c=333");
        assertThatThrownBy(() -> Forms.read(request, false, new FormLimits(2, 100, 100)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> Forms.read(request, false, new FormLimits(10, 2, 100)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> Forms.read(request, false, new FormLimits(10, 100, 5)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void rawBodies_checkTheDeclaredMediaType() throws IOException {
        assertThat(RawBodies.text(request("text/plain; charset=ISO-8859-1", "caf\u00e9"), "text/plain")).isEqualTo("caf\u00c3\u00a9");
        assertThat(RawBodies.text(request(null, "x"), "text/plain")).isEqualTo("x");
        assertThat(RawBodies.bytes(request("image/png", "p"), "image/*")).containsExactly('p');
        assertThat(RawBodies.stream(request("anything/else", "s"), "*/*").readAllBytes()).containsExactly('s');
        assertThatThrownBy(() -> RawBodies.bytes(request("application/json", "{}"), "image/*"))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
}
