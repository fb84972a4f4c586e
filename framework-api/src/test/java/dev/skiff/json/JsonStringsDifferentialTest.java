package dev.skiff.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JsonStrings against Jackson, the escaping Skiff's hand-written JSON must match byte for byte,
 * on generated strings: every BMP character alone, characters beyond the BMP, lone surrogates,
 * and random mixes of control characters, quotes, backslashes, separators and non-ASCII text.
 */
class JsonStringsDifferentialTest {
    private static final JsonFactory JACKSON = new JsonFactory();
    /** Characters escaping rules care about, drawn often; the rest of the BMP is drawn at random. */
    private static final String INTERESTING = "\u0000\u0001\b\t\n\u000b\f\r\u001f \"\\/<>&'\u007f\u0080\u00e9"
            + "\u07ff\u0800\u2028\u2029\ud7ff\ue000\ufffd\uffff";

    @Test
    void standard_isJacksonsStringEncoderAndCharacterGenerator() {
        List<String> inputs = inputs();
        for (String text : inputs) {
            String content = new String(JsonStringEncoder.getInstance().quoteAsString(text));

            assertThat(JsonStrings.STANDARD.quote(text)).as("%s", codes(text)).isEqualTo('"' + content + '"')
                    .isEqualTo(characterGenerator(text));
        }
        System.out.println("JsonStrings.STANDARD compared with Jackson on " + inputs.size() + " strings");
    }

    @Test
    void utf8Generator_isJacksonsByteGenerator() {
        List<String> inputs = inputs();
        for (String text : inputs) {
            byte[] ours = JsonStrings.UTF8_GENERATOR.quote(text).getBytes(StandardCharsets.UTF_8);

            assertThat(ours).as("%s", codes(text)).isEqualTo(byteGenerator(text));
        }
        System.out.println("JsonStrings.UTF8_GENERATOR compared with Jackson on " + inputs.size() + " strings");
    }

    @Test
    void asciiBytes_areJacksonsByteGenerator() {
        Random random = new Random(12);
        int compared = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] ascii = new byte[random.nextInt(48)];
            for (int i = 0; i < ascii.length; i++) {
                ascii[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x24) : random.nextInt(128));
            }
            byte[] target = new byte[JsonStrings.UTF8_GENERATOR.escapedLength(ascii) + 2];
            target[0] = '"';
            int end = JsonStrings.UTF8_GENERATOR.escapeAscii(ascii, target, 1);
            target[end] = '"';

            assertThat(target).isEqualTo(byteGenerator(new String(ascii, StandardCharsets.US_ASCII)));
            compared++;
        }
        System.out.println("JsonStrings ASCII bytes compared with Jackson on " + compared + " byte strings");
    }

    @Test
    void everyEscaping_readsBackAsTheSameString() {
        JsonStrings[] escapings = {JsonStrings.STANDARD, JsonStrings.UTF8_GENERATOR, JsonStrings.SCRIPT,
                JsonStrings.SCRIPT.lowerCaseHex(), JsonStrings.STANDARD.escapingLineSeparators().lowerCaseHex()};
        List<String> inputs = inputs();
        for (JsonStrings escaping : escapings) {
            for (String text : inputs) {
                assertThat(parse(escaping.quote(text))).as("%s", codes(text)).isEqualTo(text);
            }
        }
        System.out.println("JsonStrings read back by Jackson's parser: " + escapings.length * inputs.size() + " strings");
    }

    /** Every BMP character alone, code points beyond it, and random mixes. */
    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            inputs.add(String.valueOf((char) c));
        }
        for (int codePoint = 0x10000; codePoint <= 0x10FFFF; codePoint += 0x1003) {
            inputs.add(Character.toString(codePoint));
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(6)) {
                    case 0, 1 -> text.append(INTERESTING.charAt(random.nextInt(INTERESTING.length())));
                    case 2 -> text.append((char) (' ' + random.nextInt(95)));
                    case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    case 4 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                    default -> text.append((char) random.nextInt(0x10000));
                }
            }
            inputs.add(text.toString());
        }
        return inputs;
    }

    private static String characterGenerator(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JACKSON.createGenerator(out)) {
            generator.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] byteGenerator(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JACKSON.createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String parse(String json) {
        try (JsonParser parser = JACKSON.createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
            return parser.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codes(String text) {
        StringBuilder codes = new StringBuilder();
        text.chars().forEach(c -> codes.append(String.format("%04x ", c)));
        return codes.toString();
    }
}
