package dev.skiff.support.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where Python's {@code json.loads(body)} refuses a body, and why. Each expected position and
 * message was read from CPython 3.11's {@code JSONDecodeError} ({@code .pos}, {@code .msg}) for the
 * same bytes; where Python raised another error the expectation is JsonSyntax's documented choice,
 * with Python's own message in a comment.
 */
class JsonSyntaxTest {
    private static final String ARRAY_TOO_DEEP =
            "maximum recursion depth exceeded while decoding a JSON array from a unicode string";
    private static final String OBJECT_TOO_DEEP =
            "maximum recursion depth exceeded while decoding a JSON object from a unicode string";
    private static final String INTEGER_TOO_LONG =
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits";

    static Stream<Arguments> refusedBodies() {
        return Stream.of(
                refused(utf8(""), 0, "Expecting value"),
                refused(utf8("   "), 3, "Expecting value"),
                refused(utf8(" \t\n\r"), 4, "Expecting value"),
                refused(utf8("\f1"), 0, "Expecting value"),
                refused(utf8("\u00a0 1"), 0, "Expecting value"),
                refused(utf8("\u2028[]"), 0, "Expecting value"),
                refused(utf8("nul"), 0, "Expecting value"),
                refused(utf8("tru"), 0, "Expecting value"),
                refused(utf8("True"), 0, "Expecting value"),
                refused(utf8("undefined"), 0, "Expecting value"),
                refused(utf8("nan"), 0, "Expecting value"),
                refused(utf8("-inf"), 0, "Expecting value"),
                refused(utf8("+1"), 0, "Expecting value"),
                refused(utf8(".5"), 0, "Expecting value"),
                refused(utf8("-"), 0, "Expecting value"),
                refused(utf8("--1"), 0, "Expecting value"),
                refused(utf8("-a"), 0, "Expecting value"),
                refused(utf8("01"), 1, "Extra data"),
                refused(utf8("1."), 1, "Extra data"),
                refused(utf8("1.e5"), 1, "Extra data"),
                refused(utf8("1e"), 1, "Extra data"),
                refused(utf8("1e+"), 1, "Extra data"),
                refused(utf8("0x10"), 1, "Extra data"),
                refused(utf8("1_000"), 1, "Extra data"),
                refused(utf8("'a'"), 0, "Expecting value"),
                refused(utf8("-Infinit"), 0, "Expecting value"),
                refused(utf8("NaNa"), 3, "Extra data"),
                refused(utf8("\"abc"), 0, "Unterminated string starting at"),
                refused(utf8("[\"abc"), 1, "Unterminated string starting at"),
                refused(utf8("\"abc\\"), 0, "Unterminated string starting at"),
                refused(utf8("\"a\tb\""), 2, "Invalid control character at"),
                refused(utf8("\"a\nb\""), 2, "Invalid control character at"),
                // b'"\x00"'
                refused(hex("220022"), 1, "Invalid control character at"),
                refused(utf8("\"\37\""), 1, "Invalid control character at"),
                refused(utf8("\"\\x\""), 1, "Invalid \\escape"),
                refused(utf8("\"\\'\""), 1, "Invalid \\escape"),
                refused(utf8("\"\\u12\""), 2, "Invalid \\uXXXX escape"),
                refused(utf8("\"\\u12g4\""), 2, "Invalid \\uXXXX escape"),
                refused(utf8("\"\\u1234"), 2, "Invalid \\uXXXX escape"),
                refused(utf8("\"\\ud800\\udc0x\""), 8, "Invalid \\uXXXX escape"),
                refused(utf8("\"\\uD83D\\u12\""), 8, "Invalid \\uXXXX escape"),
                refused(utf8("\"a\\u00e9\\q\""), 8, "Invalid \\escape"),
                refused(utf8("\"\\U0041\""), 1, "Invalid \\escape"),
                refused(utf8("\"\\ud800\\udc00"), 8, "Invalid \\uXXXX escape"),
                refused(utf8("{"), 1, "Expecting property name enclosed in double quotes"),
                refused(utf8("{'a':1}"), 1, "Expecting property name enclosed in double quotes"),
                refused(utf8("{a:1}"), 1, "Expecting property name enclosed in double quotes"),
                refused(utf8("{\"a\" 1}"), 5, "Expecting ':' delimiter"),
                refused(utf8("{\"a\""), 4, "Expecting ':' delimiter"),
                refused(utf8("{\"a\":}"), 5, "Expecting value"),
                refused(utf8("{\"a\":1"), 6, "Expecting ',' delimiter"),
                refused(utf8("{\"a\":1 \"b\":2}"), 7, "Expecting ',' delimiter"),
                refused(utf8("{\"a\":1,}"), 7, "Expecting property name enclosed in double quotes"),
                refused(utf8("{,}"), 1, "Expecting property name enclosed in double quotes"),
                refused(utf8("{\"a\":1;\"b\":2}"), 6, "Expecting ',' delimiter"),
                refused(utf8("{\"a\":1}}"), 7, "Extra data"),
                refused(utf8("{\"a\" : [1, 2}"), 12, "Expecting ',' delimiter"),
                refused(utf8("{1:2}"), 1, "Expecting property name enclosed in double quotes"),
                refused(utf8("{\"a\":1,\"b\"}"), 10, "Expecting ':' delimiter"),
                refused(utf8("["), 1, "Expecting value"),
                refused(utf8("[1"), 2, "Expecting ',' delimiter"),
                refused(utf8("[1,]"), 3, "Expecting value"),
                refused(utf8("[,1]"), 1, "Expecting value"),
                refused(utf8("[1 2]"), 3, "Expecting ',' delimiter"),
                refused(utf8("[1,,2]"), 3, "Expecting value"),
                refused(utf8("[1]]"), 3, "Extra data"),
                refused(utf8("]"), 0, "Expecting value"),
                refused(utf8("[}"), 1, "Expecting value"),
                refused(utf8("[[]"), 3, "Expecting ',' delimiter"),
                refused(utf8("[1,\n  ]"), 6, "Expecting value"),
                refused(utf8("{} x"), 3, "Extra data"),
                refused(utf8("{}{}"), 2, "Extra data"),
                refused(utf8("1 2"), 2, "Extra data"),
                refused(utf8("[] \n []"), 5, "Extra data"),
                refused(utf8("null null"), 5, "Extra data"),
                refused(utf8("\"a\"\"b\""), 3, "Extra data"),
                refused(utf8("truefalse"), 4, "Extra data"),
                refused(utf8("0 0"), 2, "Extra data"),
                refused(utf8("{\"név\": x}"), 8, "Expecting value"),
                refused(utf8("[\"😀\", x]"), 6, "Expecting value"),
                refused(utf8("[\"日本語\" 1]"), 7, "Expecting ',' delimiter"),
                refused(utf8("\"😀😀\1\""), 3, "Invalid control character at"),
                refused(utf8("{\"😀\":1,}"), 7, "Expecting property name enclosed in double quotes"),
                refused(utf8("[\"é\"] é"), 6, "Extra data"),
                refused(utf8("\"ü\\z\""), 2, "Invalid \\escape"),
                // b'\xef\xbb\xbf\xef\xbb\xbf{}'
                refused(hex("efbbbfefbbbf7b7d"), 0, "Expecting value"),
                // b'\xef\xbb\xbf[x]'
                refused(hex("efbbbf5b785d"), 1, "Expecting value"),
                // Python: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte
                // b'[1,\xff]'
                refused(hex("5b312cff5d"), 3, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xc3 in position 3: invalid continuation byte
                // b'"\xc3\xa9\xc3"'
                refused(hex("22c3a9c322"), 2, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xc0 in position 1: invalid start byte
                // b'"\xc0\x80"'
                refused(hex("22c08022"), 1, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xf4 in position 1: invalid continuation byte
                // b'"\xf4\x90\x80\x80"'
                refused(hex("22f490808022"), 1, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xe0 in position 1: invalid continuation byte
                // b'"\xe0\x9f\x80"'
                refused(hex("22e09f8022"), 1, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xed in position 10: invalid continuation byte
                // b'["\xf0\x9f\x98\x80", "\xed"]'
                refused(hex("5b22f09f9880222c2022ed225d"), 7, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
                // b'x\xff'
                refused(hex("78ff"), 1, "Invalid UTF-8 byte"),
                // Python: 'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte
                // b'\x80'
                refused(hex("80"), 0, "Invalid UTF-8 byte"),
                // b'\xed\xa0\x80'
                refused(hex("eda080"), 0, "Expecting value"),
                // b'"\xed\xa0\x80'
                refused(hex("22eda080"), 0, "Unterminated string starting at"),
                // b'\xff\xfe[\x001\x00,\x00]\x00'
                refused(hex("fffe5b0031002c005d00"), 3, "Expecting value"),
                // b'\x00[\x001\x00,\x00]'
                refused(hex("005b0031002c005d"), 3, "Expecting value"),
                // b'[\x00\x00\x00x\x00\x00\x00]\x00\x00\x00'
                refused(hex("5b000000780000005d000000"), 1, "Expecting value"),
                // b'{\x00"\x00\xe9\x00"\x00:\x00}\x00'
                refused(hex("7b002200e90022003a007d00"), 5, "Expecting value"),
                // Python: 'utf-16-le' codec can't decode byte 0x31 in position 2: truncated data
                // b'\xff\xfe1'
                refused(hex("fffe31"), 0, "Invalid UTF-16 data"),
                // Python: 'utf-32-le' codec can't decode bytes in position 4-7: code point not in range(0x110000)
                // b'\xff\xfe\x00\x00\x00\x00\x11\x00'
                refused(hex("fffe000000001100"), 0, "Invalid UTF-32 data"),
                // b'\xff\xfe'
                refused(hex("fffe"), 0, "Expecting value"),
                // b'\x00\x00'
                refused(hex("0000"), 0, "Expecting value"));
    }

    static Stream<Arguments> acceptedBodies() {
        return Stream.of(
                utf8("{}"),
                utf8("[]"),
                utf8("0"),
                utf8("-0"),
                utf8("1.5e-3"),
                utf8("1E+2"),
                utf8("-12.5E10"),
                utf8("\"\""),
                utf8("null"),
                utf8("true"),
                utf8("false"),
                utf8(" {\"a\": [1, 2.0, {\"b\": null}]} \n"),
                utf8("{\"a\":1,\"a\":2}"),
                utf8("\"\\ud800\""),
                utf8("\"\\udc00\\ud800\""),
                utf8("\"\\ud83d\\ude00\""),
                utf8("\"\\/\\b\\f\\n\\r\\t\\\"\\\\\""),
                utf8("\"\177\""),
                utf8("\"😀é\""),
                utf8("NaN"),
                utf8("Infinity"),
                utf8("-Infinity"),
                utf8("[NaN, -Infinity]"),
                utf8("1e400"),
                utf8("\t[\r\n]\r\n"),
                // b'\xef\xbb\xbf{}'
                hex("efbbbf7b7d"),
                // b'["\xed\xa0\x80"]'
                hex("5b22eda080225d"),
                // b'\xff\xfe{\x00"\x00a\x00"\x00:\x001\x00}\x00'
                hex("fffe7b002200610022003a0031007d00"),
                // b'\x00[\x001\x00]'
                hex("005b0031005d"),
                // b'\x00\x00\x00[\x00\x00\x00]'
                hex("0000005b0000005d"),
                // b'1\x00'
                hex("3100"),
                utf8("\"\\u00e9\\u00E9\""),
                utf8("{\"日本\":\"語\"}"))
                .map(body -> Arguments.of(shown(body), body));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBodies")
    void malformedBody_isRefusedAtPythonsPositionWithPythonsMessage(String shown, byte[] body, long position, String message) {
        assertThat(JsonSyntax.firstError(body)).isEqualTo(new JsonSyntax.Error(position, message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedBodies")
    void bodyPythonAccepts_hasNoError(String shown, byte[] body) {
        assertThat(JsonSyntax.firstError(body)).isNull();
    }

    @Test
    void nestingWithinJacksonsDefaultDepth_isAccepted_oneDeeperIsRefusedAtTheBracket() {
        assertThat(JsonSyntax.firstError(utf8("[".repeat(1000) + "]".repeat(1000)))).isNull();
        assertThat(JsonSyntax.firstError(utf8("[".repeat(1001) + "]".repeat(1001))))
                .isEqualTo(new JsonSyntax.Error(1000, ARRAY_TOO_DEEP));
        assertThat(JsonSyntax.firstError(utf8("{\"a\":".repeat(1001) + "1" + "}".repeat(1001))))
                .isEqualTo(new JsonSyntax.Error(5000, OBJECT_TOO_DEEP));
    }

    @Test
    void errorsInsideDeepNesting_areAtPythonsPosition() {
        assertThat(JsonSyntax.firstError(utf8("[".repeat(500) + "]".repeat(499))))
                .isEqualTo(new JsonSyntax.Error(999, "Expecting ',' delimiter"));
        assertThat(JsonSyntax.firstError(utf8("{\"a\":".repeat(500) + "1" + "}".repeat(499))))
                .isEqualTo(new JsonSyntax.Error(3000, "Expecting ',' delimiter"));
    }

    @Test
    void integerPastPythonsDigitLimit_isRefusedAtItsFirstCharacter_aFloatIsNot() {
        assertThat(JsonSyntax.firstError(utf8("1".repeat(4301)))).isEqualTo(new JsonSyntax.Error(0, INTEGER_TOO_LONG));
        assertThat(JsonSyntax.firstError(utf8("[0, -" + "1".repeat(4301) + "]")))
                .isEqualTo(new JsonSyntax.Error(4, INTEGER_TOO_LONG));
        assertThat(JsonSyntax.firstError(utf8("[" + "1".repeat(4301) + ", x")))
                .isEqualTo(new JsonSyntax.Error(1, INTEGER_TOO_LONG));
        assertThat(JsonSyntax.firstError(utf8("[x, " + "1".repeat(4301))))
                .isEqualTo(new JsonSyntax.Error(1, "Expecting value"));
        assertThat(JsonSyntax.firstError(utf8("1".repeat(4300)))).isNull();
        assertThat(JsonSyntax.firstError(utf8("1".repeat(4301) + ".5"))).isNull();
        assertThat(JsonSyntax.firstError(utf8("1".repeat(5000) + "e1"))).isNull();
    }

    @Test
    void longUnterminatedString_isReportedAtItsQuote() {
        assertThat(JsonSyntax.firstError(utf8("\"" + "a".repeat(5000))))
                .isEqualTo(new JsonSyntax.Error(0, "Unterminated string starting at"));
    }

    @Test
    void onlyPythonsJsonDecodeErrors_areJsonDecodeErrors() {
        assertThat(JsonSyntax.firstError(utf8("[1,]")).isJsonDecodeError()).isTrue();
        assertThat(JsonSyntax.firstError(utf8("{} x")).isJsonDecodeError()).isTrue();
        assertThat(JsonSyntax.firstError(hex("5b312cff5d")).isJsonDecodeError()).isFalse();
        assertThat(JsonSyntax.firstError(hex("fffe31")).isJsonDecodeError()).isFalse();
        assertThat(JsonSyntax.firstError(utf8("[".repeat(1001))).isJsonDecodeError()).isFalse();
        assertThat(JsonSyntax.firstError(utf8("1".repeat(4301))).isJsonDecodeError()).isFalse();
    }

    private static Arguments refused(byte[] body, long position, String message) {
        return Arguments.of(shown(body), body, position, message);
    }

    private static String shown(byte[] body) {
        return "'" + new String(body, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?") + "'";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hex(String bytes) {
        return HexFormat.of().parseHex(bytes);
    }
}
