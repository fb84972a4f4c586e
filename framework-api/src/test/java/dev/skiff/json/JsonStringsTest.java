package dev.skiff.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one JSON string escaper, case by case; JsonStringsDifferentialTest compares it with Jackson. */
class JsonStringsTest {

    @Test
    void standard_usesJsonsShortEscapes_andUpperCaseHexForOtherControlCharacters() {
        assertThat(JsonStrings.STANDARD.quote("\" \\ \b \f \n \r \t \u0000 \u001f \u007f"))
                .isEqualTo("\"\\\" \\\\ \\b \\f \\n \\r \\t \\u0000 \\u001F \u007f\"");
    }

    @Test
    void standard_writesNonAsciiSeparatorsAndSurrogatesAsTheyAre() {
        String text = "café \u2028 \u2029 \ud83d\ude00 \ud800 / < > &";

        assertThat(JsonStrings.STANDARD.quote(text)).isEqualTo('"' + text + '"');
    }

    @Test
    void null_isTheJsonLiteralNull() {
        StringBuilder out = new StringBuilder();
        JsonStrings.STANDARD.appendQuoted(out, null);

        assertThat(JsonStrings.STANDARD.quote(null)).isEqualTo("null");
        assertThat(out).hasToString("null");
    }

    @Test
    void utf8Generator_escapesEverySurrogate_inUpperCaseHex() {
        assertThat(JsonStrings.UTF8_GENERATOR.quote("a\ud83d\ude00b\udc00\u2028é"))
                .isEqualTo("\"a\\uD83D\\uDE00b\\uDC00\u2028é\"");
    }

    @Test
    void script_escapesMarkupAndLineSeparators_soTheLiteralCannotEndTheScriptElement() {
        String quoted = JsonStrings.SCRIPT.quote("</script><!-- & \u2028\u2029 \"x\"");

        assertThat(quoted).isEqualTo("\"\\u003C/script\\u003E\\u003C!-- \\u0026 \\u2028\\u2029 \\\"x\\\"\"");
        assertThat(quoted).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    }

    @Test
    void lowerCaseHex_writesLowerCaseDigits_andOptionsCombine() {
        JsonStrings lines = JsonStrings.STANDARD.escapingLineSeparators().lowerCaseHex();

        assertThat(lines.quote("\u001f\u2028\u2029\ud83d\ude00")).isEqualTo("\"\\u001f\\u2028\\u2029\ud83d\ude00\"");
        assertThat(JsonStrings.SCRIPT.lowerCaseHex().quote("<>")).isEqualTo("\"\\u003c\\u003e\"");
        assertThat(JsonStrings.UTF8_GENERATOR.lowerCaseHex().quote("\ud83d")).isEqualTo("\"\\ud83d\"");
    }

    @Test
    void content_escapesOnlyTheGivenRange_withoutQuotes() {
        StringBuilder out = new StringBuilder("[");

        JsonStrings.STANDARD.appendContent(out, "ab\"c\nd", 1, 5);
        JsonStrings.STANDARD.appendContent(out, "plain", 1, 3);

        assertThat(out).hasToString("[b\\\"c\\nla");
    }

    @Test
    void asciiBytes_areEscapedAsTheirCharacters_andTheLengthIsExact() {
        byte[] ascii = new byte[128];
        for (int b = 0; b < 128; b++) {
            ascii[b] = (byte) b;
        }
        for (JsonStrings escaping : new JsonStrings[] {JsonStrings.STANDARD, JsonStrings.UTF8_GENERATOR,
                JsonStrings.SCRIPT, JsonStrings.SCRIPT.lowerCaseHex()}) {
            String text = new String(ascii, StandardCharsets.US_ASCII);
            byte[] target = new byte[escaping.escapedLength(ascii) + 3];
            target[0] = '[';

            int end = escaping.escapeAscii(ascii, target, 1);

            String expected = escaping.quote(text);
            assertThat(end).isEqualTo(target.length - 2);
            assertThat(new String(target, 1, end - 1, StandardCharsets.US_ASCII))
                    .isEqualTo(expected.substring(1, expected.length() - 1));
        }
    }

    @Test
    void nonAsciiBytes_haveNoAsciiLength() {
        assertThat(JsonStrings.UTF8_GENERATOR.escapedLength("café".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(JsonStrings.UTF8_GENERATOR.escapedLength(new byte[0])).isZero();
    }

    @Test
    void asciiBytes_needRoomForTheirEscapedLength() {
        byte[] quote = {'"'};

        assertThatThrownBy(() -> JsonStrings.STANDARD.escapeAscii(quote, new byte[1], 0))
                .isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
}
