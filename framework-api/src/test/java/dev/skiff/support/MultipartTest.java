package dev.skiff.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skiff.core.StatusException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The multipart parser on the wire format of RFC 7578, as browsers and curl send it. */
class MultipartTest {
    private static final FormLimits LIMITS = new FormLimits(10, 1000, 10_000);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Multipart.Part> parse(String body, FormLimits limits) {
        return Multipart.parse(bytes(body), "XyZ", limits);
    }

    @Test
    void fieldsAndFiles_inOrder_withNamesFilenamesAndTypes() {
        String body = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Blue mug\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"mug \\\"1\\\".png\"\r\n"
                + "Content-Type: image/png\r\n\r\n"
                + "\u0089PNG\r\n\r\nbinary--XyZ-not-a-delimiter\r\n"
                + "--XyZ\r\n"
                + "content-disposition: form-data; name=files; filename=\"a.txt\"; filename*=UTF-8''na%C3%AFve%20a.txt\r\n\r\n"
                + "\r\n"
                + "--XyZ--\r\n";
        List<Multipart.Part> parts = parse(body, LIMITS);
        assertThat(parts).extracting(Multipart.Part::name).containsExactly("title", "photo", "files");
        assertThat(new String(parts.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("Blue mug");
        assertThat(parts.get(0).isFile()).isFalse();
        assertThat(parts.get(1).filename()).isEqualTo("mug \"1\".png");
        assertThat(parts.get(1).contentType()).isEqualTo("image/png");
        assertThat(new String(parts.get(1).content(), StandardCharsets.UTF_8))
                .isEqualTo("\u0089PNG\r\n\r\nbinary--XyZ-not-a-delimiter");
        assertThat(parts.get(2).filename()).isEqualTo("naïve a.txt");
        assertThat(parts.get(2).content()).isEmpty();
    }

    @Test
    void preambleAndEpilogue_areIgnored() {
        List<Multipart.Part> parts = parse("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ--epilogue",
                LIMITS);
        assertThat(parts).singleElement().extracting(Multipart.Part::name).isEqualTo("a");
    }

    @Test
    void noParts_isAnEmptyList() {
        assertThat(parse("--XyZ--\r\n", LIMITS)).isEmpty();
    }

    @Test
    void boundary_comesFromTheContentType_quotedOrNot() {
        assertThat(Multipart.boundary("multipart/form-data; boundary=----WebKitFormBoundary7MA4"))
                .isEqualTo("----WebKitFormBoundary7MA4");
        assertThat(Multipart.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThatThrownBy(() -> Multipart.boundary("multipart/form-data"))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void malformedBodies_are400() {
        for (String body : List.of("", "no delimiter", "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nunterminated",
                "--XyZ\r\nX-Other: 1\r\n\r\nv\r\n--XyZ--", "--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--",
                "--XyZ\r\nno colon\r\n\r\nv\r\n--XyZ--")) {
            assertThatThrownBy(() -> parse(body, LIMITS)).as(body)
                    .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void limits_are413_beforeAnyPartIsCopied() {
        String two = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n12345\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=b\r\n\r\n6\r\n--XyZ--";
        assertThat(parse(two, new FormLimits(2, 5, two.length()))).hasSize(2);
        assertThatThrownBy(() -> parse(two, new FormLimits(1, 5, 10_000)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("Too many form parts");
        assertThatThrownBy(() -> parse(two, new FormLimits(2, 4, 10_000)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("part too large");
        assertThatThrownBy(() -> parse(two, new FormLimits(2, 5, two.length() - 1)))
                .isInstanceOfSatisfying(StatusException.class, e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("body too large");
    }
}
