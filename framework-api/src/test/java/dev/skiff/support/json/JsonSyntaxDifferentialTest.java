package dev.skiff.support.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * JsonSyntax finds an error exactly when jackson-core cannot read the body as one value with nothing
 * after it, on valid documents with one to three characters deleted or inserted. Left out, as
 * documented differences: {@code NaN} and {@code Infinity} (Python accepts them, jackson-core does
 * not), bytes that are not UTF-8, and numbers and strings past jackson-core's length limits. Python
 * accepts a lone surrogate escape in a property name and jackson-core does not, so jackson-core reads
 * each surrogate escape as the escape of a plain letter, which changes nothing else about the syntax.
 */
class JsonSyntaxDifferentialTest {
    private static final JsonFactory JACKSON = new JsonFactory();
    private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}");
    private static final List<String> SEEDS = List.of(
            "{\"a\": [1, 2.5e-3, {\"b\": null, \"c\": true}], \"d\": \"x\\u00e9\\ud83d\\ude00\\n\"}",
            "[0, -1, 1E+9, \"é😀\", false, {}]",
            "{\"k\\\"\": \"v\\\\\", \"n\": -0.0, \"e\": []}",
            "\"\\ud800\\udc00\\u12ab\\/\"",
            "[[[[1]]], {\"x\": {\"y\": [null]}}]",
            "  123  ",
            "{\"日本\": \"語\", \"a\": [1,2,3]}\r\n");
    private static final String[] INSERTS = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", " ", "\t", "\n", "0", "1", "9", ".", "e", "E", "+", "-",
        "t", "f", "n", "u", "l", "a", "x", "\u0001", "\u007f", "é", "😀", "\u00a0", "\\u", "\\ud83d", "true", "null"
    };

    @Test
    void refusesExactlyWhatJacksonRefuses_onMutatedDocuments() {
        List<String> bodies = new ArrayList<>(mutations(new Random(13), 20_000));
        bodies.addAll(List.of("[".repeat(1000) + "]".repeat(1000), "[".repeat(1001) + "]".repeat(1001),
                "{\"a\":".repeat(1001) + "1" + "}".repeat(1001), "", " ", "1 2", "{}{}"));
        int refused = 0;
        List<String> disagreements = new ArrayList<>();
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            boolean pythonRefuses = JsonSyntax.firstError(bytes) != null;
            if (pythonRefuses == jacksonReadsOneValue(body)) {
                disagreements.add(body);
            }
            refused += pythonRefuses ? 1 : 0;
        }
        System.out.printf("JsonSyntax compared with jackson-core on %d bodies (%d refused)%n", bodies.size(), refused);
        assertThat(disagreements).isEmpty();
        assertThat(refused).isBetween(bodies.size() / 4, bodies.size() - bodies.size() / 10);
    }

    private static List<String> mutations(Random random, int count) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] text = SEEDS.get(random.nextInt(SEEDS.size())).codePoints().toArray();
            String body = new String(text, 0, text.length);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = body.offsetByCodePoints(0, random.nextInt(body.codePointCount(0, body.length()) + 1));
                if (random.nextBoolean() && at < body.length()) {
                    body = body.substring(0, at) + body.substring(body.offsetByCodePoints(at, 1));
                } else {
                    body = body.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + body.substring(at);
                }
            }
            bodies.add(body);
        }
        return bodies;
    }

    /** Whether jackson-core reads one whole value, strings decoded, and finds nothing after it. */
    private static boolean jacksonReadsOneValue(String body) {
        String plain = SURROGATE_ESCAPE.matcher(body).replaceAll("\\\\u0041");
        try (JsonParser parser = JACKSON.createParser(plain.getBytes(StandardCharsets.UTF_8))) {
            int depth = 0;
            JsonToken token = parser.nextToken();
            while (token != null) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    parser.getText();
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    return parser.nextToken() == null;
                }
                token = parser.nextToken();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
